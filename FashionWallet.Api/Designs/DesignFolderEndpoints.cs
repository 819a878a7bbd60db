using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>Nested folders for a person's designs.</summary>
internal static class DesignFolderEndpoints
{
    public static async Task<Ok<DesignFolderResponse[]>> List(FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var folders = await db.DesignFolders.Where(f => f.OwnerId == userId).OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(folders.Select(DesignFolderResponse.From).ToArray());
    }

    public static async Task<Results<Created<DesignFolderResponse>, ValidationProblem>> Create(
        CreateDesignFolderRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var errors = new FieldErrors();
        var name = FolderName(request.Name, errors);
        var parentId = DesignMetadata.OrNone(request.ParentId);
        if (parentId is not null)
            await CheckParentAsync(db, userId, null, parentId.Value, errors, cancellationToken);
        if (errors.Any)
            return errors.ToResult();
        var now = DateTimeOffset.UtcNow;
        var folder = new DesignFolder { Id = Guid.CreateVersion7(), OwnerId = userId, ParentId = parentId, Name = name!, CreatedAt = now, UpdatedAt = now };
        db.DesignFolders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/designs/folders/{folder.Id}", DesignFolderResponse.From(folder));
    }

    public static async Task<Results<Ok<DesignFolderResponse>, NotFound, ValidationProblem>> Update(
        Guid id, UpdateDesignFolderRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var folder = await db.DesignFolders.VisibleTo(user).AsTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (folder is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var name = request.Name is null ? null : FolderName(request.Name, errors);
        if (request.ParentId is { } parentId && parentId != Guid.Empty)
            await CheckParentAsync(db, folder.OwnerId, folder.Id, parentId, errors, cancellationToken);
        if (errors.Any)
            return errors.ToResult();
        folder.Name = name ?? folder.Name;
        folder.ParentId = request.ParentId is null ? folder.ParentId : DesignMetadata.OrNone(request.ParentId);
        folder.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DesignFolderResponse.From(folder));
    }

    public static async Task<Results<NoContent, NotFound>> Delete(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var deleted = await db.DesignFolders.VisibleTo(user).Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static string? FolderName(string? name, FieldErrors errors)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 80 || trimmed.Any(char.IsControl))
            errors.Add("name", "A folder name has 1 to 80 characters.");
        return trimmed;
    }

    /// <summary>The parent must be the owner's, not the folder itself nor inside it, and not too deep.</summary>
    private static async Task CheckParentAsync(FashionWalletDbContext db, Guid ownerId, Guid? folderId, Guid parentId, FieldErrors errors, CancellationToken cancellationToken)
    {
        var folders = await db.DesignFolders.Where(f => f.OwnerId == ownerId).Select(f => new { f.Id, f.ParentId }).ToDictionaryAsync(f => f.Id, f => f.ParentId, cancellationToken);
        if (!folders.ContainsKey(parentId))
        {
            errors.Add("parentId", "There is no such folder among yours.");
            return;
        }
        var depth = 1;
        for (Guid? at = parentId; at is { } current; at = folders.GetValueOrDefault(current), depth++)
        {
            if (current == folderId)
            {
                errors.Add("parentId", "A folder cannot go inside itself or one of its own folders.");
                return;
            }
            if (depth >= DesignFolder.MaxDepth)
            {
                errors.Add("parentId", $"Folders nest at most {DesignFolder.MaxDepth} deep.");
                return;
            }
        }
    }
}
