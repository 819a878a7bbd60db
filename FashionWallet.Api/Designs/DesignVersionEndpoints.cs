using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Designs.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>Named versions: snapshots a person chooses to keep, which can be opened and restored.</summary>
internal static class DesignVersionEndpoints
{
    public static async Task<Results<Ok<DesignVersionSummary[]>, NotFound>> List(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Designs.VisibleTo(user).NotDeleted().AnyAsync(d => d.Id == id, cancellationToken))
            return TypedResults.NotFound();
        var versions = await db.DesignVersions.Where(v => v.DesignId == id).OrderByDescending(v => v.Number)
            .Select(v => new DesignVersionSummary(v.Number, v.Name, v.DesignVersionNumber, v.AuthorId, v.CreatedAt)).ToArrayAsync(cancellationToken);
        return TypedResults.Ok(versions);
    }

    public static async Task<Results<Created<DesignVersionSummary>, NotFound, ValidationProblem>> Create(
        Guid id, CreateDesignVersionRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await db.Designs.VisibleTo(user).NotDeleted().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var name = DesignMetadata.Name(request.Name ?? $"Version of {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}", errors);
        if (errors.Any)
            return errors.ToResult();

        DesignVersion? version = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Numbering under a lock on the design, so two saves at once never take the same number.
            await db.Designs.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedAt, d => d.UpdatedAt), ct);
            var number = (await db.DesignVersions.Where(v => v.DesignId == id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
            version = new DesignVersion
            {
                DesignId = id, Number = number, Name = name!, Document = design.Document, DesignVersionNumber = design.Version,
                AuthorId = user.UserId(), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.DesignVersions.Add(version);
            await db.SaveChangesAsync(ct);
            await db.DesignVersions.Where(v => v.DesignId == id && v.Number <= number - DesignVersion.MaxKept).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return TypedResults.Created($"/api/designs/{id}/versions/{version!.Number}", DesignVersionSummary.From(version));
    }

    public static async Task<Results<Ok<DesignVersionResponse>, NotFound>> Get(Guid id, int number, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var version = await FindAsync(db, user, id, number, cancellationToken);
        return version is null ? TypedResults.NotFound() : TypedResults.Ok(new DesignVersionResponse(DesignVersionSummary.From(version), DesignJson.Deserialize(version.Document)));
    }

    /// <summary>The version's document becomes current as one step in history, so the restore itself can be undone.</summary>
    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Restore(
        Guid id, int number, DesignStepRequest request, FashionWalletDbContext db, DesignStepStore store, RecentDesigns recent, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var editor = user.Editing();
        var (design, cached) = await DesignEditEndpoints.EditableAsync(store, recent, id, request.BaseVersion, editor, cancellationToken);
        var version = design is null ? null : await db.DesignVersions.FirstOrDefaultAsync(v => v.DesignId == id && v.Number == number, cancellationToken);
        if (design is null || version is null)
            return TypedResults.NotFound();
        var outcome = await DesignSteps.ApplyAsync(store, design, request.BaseVersion, [new ReplaceDocument(DesignJson.Deserialize(version.Document))],
            editor, DesignHistoryKinds.Restore, cancellationToken);
        return await DesignEditEndpoints.RespondAsync(outcome, design, cached, store, recent, editor, cancellationToken);
    }

    private static async Task<DesignVersion?> FindAsync(FashionWalletDbContext db, ClaimsPrincipal user, Guid id, int number, CancellationToken cancellationToken) =>
        await db.Designs.VisibleTo(user).NotDeleted().AnyAsync(d => d.Id == id, cancellationToken)
            ? await db.DesignVersions.FirstOrDefaultAsync(v => v.DesignId == id && v.Number == number, cancellationToken)
            : null;
}
