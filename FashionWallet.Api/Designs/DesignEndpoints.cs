using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

internal static class DesignEndpoints
{
    public const int MaxPageSize = 100;

    public static async Task<Results<Created<DesignResponse>, ValidationProblem>> Create(
        CreateDesignRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ownerId = user.UserId();
        var errors = new FieldErrors();
        var name = DesignMetadata.Name(request.Name, errors);
        var description = DesignMetadata.Description(request.Description, errors);
        DesignMetadata.Category(request.Category, errors);
        var tags = DesignMetadata.Tags(request.Tags, errors);
        await DesignMetadata.CheckFolderAsync(db, ownerId, request.FolderId, errors, cancellationToken);
        await DesignMetadata.CheckAvatarAsync(db, ownerId, request.AvatarId, errors, cancellationToken);
        Design? template = null;
        if (request.TemplateId is { } templateId)
        {
            template = await DesignTemplateEndpoints.AvailableTo(db, ownerId).FirstOrDefaultAsync(d => d.Id == templateId, cancellationToken);
            if (template is null)
                errors.Add("templateId", "There is no such template among yours or the published ones.");
        }
        if (errors.Any)
            return errors.ToResult();

        var design = new Design
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = name ?? (template is null ? "Untitled design" : template.Name),
            Description = description ?? template?.Description ?? "", Category = request.Category ?? template?.Category ?? "outfit",
            Tags = tags ?? template?.Tags ?? [], FolderId = DesignMetadata.OrNone(request.FolderId), AvatarId = DesignMetadata.OrNone(request.AvatarId),
            TemplateId = template?.Id, Document = template?.Document ?? DesignJson.Serialize(DesignDocument.Blank),
        };
        await AddAsync(db, design, ownerId, cancellationToken);
        return TypedResults.Created($"/api/designs/{design.Id}", Describe(design, canRedo: false));
    }

    /// <summary>Adds a design with its first named version, as every new design starts with one.</summary>
    public static async Task AddAsync(FashionWalletDbContext db, Design design, Guid authorId, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        design.CreatedAt = design.UpdatedAt = now;
        db.Designs.Add(design);
        db.DesignVersions.Add(new DesignVersion
        {
            DesignId = design.Id, Number = 1, Name = "First version", Document = design.Document, DesignVersionNumber = design.Version, AuthorId = authorId, CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public static async Task<Results<Ok<DesignPage>, ValidationProblem>> List(FashionWalletDbContext db, ClaimsPrincipal user,
        string? q, string[]? tag, Guid? folderId, string? status, string? category, string? sort, bool? desc, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        DesignMetadata.Status(status, errors);
        DesignMetadata.Category(category, errors);
        if (sort is not (null or "updated" or "created" or "name"))
            errors.Add("sort", "Sort by updated, created or name.");
        if (page < 1)
            errors.Add("page", "Pages count from 1.");
        if (pageSize is < 1 or > MaxPageSize)
            errors.Add("pageSize", $"A page has 1 to {MaxPageSize} designs.");
        if (errors.Any)
            return errors.ToResult();

        var userId = user.UserId();
        var query = db.Designs.Where(d => d.OwnerId == userId && !d.IsTemplate).NotDeleted();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            var asTag = text.ToLowerInvariant();
            query = query.Where(d => EF.Functions.ILike(d.Name, pattern) || EF.Functions.ILike(d.Description, pattern) || d.Tags.Contains(asTag));
        }
        foreach (var wanted in (tag ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0))
            query = query.Where(d => d.Tags.Contains(wanted));
        if (folderId is { } folder)
            query = folder == Guid.Empty ? query.Where(d => d.FolderId == null) : query.Where(d => d.FolderId == folder);
        if (status is not null)
            query = query.Where(d => d.Status == status);
        if (category is not null)
            query = query.Where(d => d.Category == category);

        var descending = desc ?? sort != "name";
        query = (sort, descending) switch
        {
            ("name", false) => query.OrderBy(d => d.Name).ThenBy(d => d.Id),
            ("name", true) => query.OrderByDescending(d => d.Name).ThenBy(d => d.Id),
            ("created", false) => query.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id),
            ("created", true) => query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id),
            (_, false) => query.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id),
            _ => query.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id),
        };
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var total = await query.CountAsync(cancellationToken);
        var items = await WithoutDocument(query.Skip((number - 1) * size).Take(size)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DesignPage(items, number, size, total));
    }

    public static async Task<Ok<DesignSummary[]>> Trash(FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var since = DateTimeOffset.UtcNow - Design.TrashRetention;
        var items = await WithoutDocument(db.Designs.Where(d => d.OwnerId == userId && d.DeletedAt != null && d.DeletedAt > since).OrderByDescending(d => d.DeletedAt))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(items);
    }

    public static async Task<Results<Ok<DesignResponse>, NotFound>> Get(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await db.Designs.VisibleTo(user).NotDeleted().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        return TypedResults.Ok(Describe(design, await CanRedoAsync(db, id, design.HistoryHead, cancellationToken)));
    }

    /// <summary>Descriptive fields only: they do not move the document's version, so an open studio is not interrupted.</summary>
    public static async Task<Results<Ok<DesignResponse>, NotFound, ValidationProblem>> Update(
        Guid id, UpdateDesignRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await db.Designs.VisibleTo(user).NotDeleted().AsTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var name = DesignMetadata.Name(request.Name, errors);
        var description = DesignMetadata.Description(request.Description, errors);
        DesignMetadata.Category(request.Category, errors);
        DesignMetadata.Status(request.Status, errors);
        var tags = DesignMetadata.Tags(request.Tags, errors);
        await DesignMetadata.CheckFolderAsync(db, design.OwnerId, request.FolderId, errors, cancellationToken);
        await DesignMetadata.CheckAvatarAsync(db, design.OwnerId, request.AvatarId, errors, cancellationToken);
        if (errors.Any)
            return errors.ToResult();

        design.Name = name ?? design.Name;
        design.Description = description ?? design.Description;
        design.Category = request.Category ?? design.Category;
        design.Status = request.Status ?? design.Status;
        design.Tags = tags ?? design.Tags;
        design.FolderId = request.FolderId is null ? design.FolderId : DesignMetadata.OrNone(request.FolderId);
        design.AvatarId = request.AvatarId is null ? design.AvatarId : DesignMetadata.OrNone(request.AvatarId);
        design.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Describe(design, await CanRedoAsync(db, id, design.HistoryHead, cancellationToken)));
    }

    public static async Task<Results<NoContent, NotFound>> Delete(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var trashed = await db.Designs.VisibleTo(user).NotDeleted().Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeletedAt, now), cancellationToken);
        return trashed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>Brings a design back from the trash within the retention; a design not in the trash is answered as it is.</summary>
    public static async Task<Results<Ok<DesignSummary>, NotFound>> RestoreFromTrash(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow - Design.TrashRetention;
        var design = await db.Designs.VisibleTo(user).AsTracking().FirstOrDefaultAsync(d => d.Id == id && (d.DeletedAt == null || d.DeletedAt > since), cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        if (design.DeletedAt is not null)
        {
            design.DeletedAt = null;
            design.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(DesignSummary.From(design));
    }

    public static async Task<Results<Created<DesignResponse>, NotFound>> Duplicate(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var source = await db.Designs.VisibleTo(user).NotDeleted().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (source is null)
            return TypedResults.NotFound();
        var copy = CopyOf(source, $"Copy of {source.Name}");
        await AddAsync(db, copy, user.UserId(), cancellationToken);
        return TypedResults.Created($"/api/designs/{copy.Id}", Describe(copy, canRedo: false));
    }

    /// <summary>A new design with the source's document and descriptive fields, and a fresh history.</summary>
    public static Design CopyOf(Design source, string name) => new()
    {
        Id = Guid.CreateVersion7(), OwnerId = source.OwnerId, Name = name.Length > DesignMetadata.MaxNameLength ? name[..DesignMetadata.MaxNameLength] : name,
        Description = source.Description, AvatarId = source.AvatarId, Category = source.Category, Tags = source.Tags, FolderId = source.FolderId,
        TemplateId = source.TemplateId, Document = source.Document,
    };

    public static DesignResponse Describe(Design design, bool canRedo)
    {
        var document = DesignJson.Deserialize(design.Document);
        return new DesignResponse(DesignSummary.From(design), document, design.HistoryHead > 0, canRedo);
    }

    public static Task<bool> CanRedoAsync(FashionWalletDbContext db, Guid id, int head, CancellationToken cancellationToken) =>
        db.DesignHistory.AnyAsync(h => h.DesignId == id && h.Seq == head + 1, cancellationToken);

    /// <summary>Lists never carry documents (up to 256 kB each).</summary>
    private static IQueryable<DesignSummary> WithoutDocument(IQueryable<Design> designs) => designs.Select(d => new DesignSummary(
        d.Id, d.Name, d.Description, d.Category, d.Status, d.Tags, d.FolderId, d.AvatarId, d.IsTemplate, d.Version, d.CreatedAt, d.UpdatedAt, d.DeletedAt));
}
