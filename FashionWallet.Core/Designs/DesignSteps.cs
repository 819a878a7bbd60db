using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Designs;

/// <summary>What a design looks like to the editing code: enough to check the version and apply a step.</summary>
public sealed record DesignHead(Guid Id, int Version, int HistoryHead, string Document);

/// <summary>The outcome of an edit, an undo, a redo or a restore.</summary>
public abstract record StepOutcome
{
    public sealed record Saved(int Version, DesignDocument Document, int HistoryHead, bool CanRedo) : StepOutcome;

    /// <summary>Someone changed the design since <c>baseVersion</c>: it is now at <see cref="CurrentVersion"/>.</summary>
    public sealed record Stale(int CurrentVersion) : StepOutcome;

    public sealed record Invalid(IReadOnlyList<OperationError> Errors) : StepOutcome;

    /// <summary>Nothing to undo, or nothing to redo.</summary>
    public sealed record NothingToDo(string Message) : StepOutcome;
}

/// <summary>
/// Edits as steps in history, with optimistic concurrency: a step is saved only if the design is still at the version
/// the client edited. The history keeps every step with its inverse; <see cref="Design.HistoryHead"/> says how many are
/// applied, so undo and redo of any length work across reloads, and a new edit after undos drops the redo tail.
/// </summary>
public static class DesignSteps
{
    public static async Task<StepOutcome> ApplyAsync(FashionWalletDbContext db, DesignHead design, int baseVersion,
        IReadOnlyList<DesignOperation> operations, Guid authorId, string kind, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        var edit = DesignEditor.Apply(DesignJson.Deserialize(design.Document), operations);
        if (!edit.Succeeded)
            return new StepOutcome.Invalid(edit.Errors);
        var entry = new DesignHistoryEntry
        {
            DesignId = design.Id, Seq = design.HistoryHead + 1, Kind = kind, Operations = DesignJson.Serialize(operations),
            Inverse = DesignJson.Serialize(edit.Inverses), VersionAfter = baseVersion + 1, AuthorId = authorId,
        };
        return await SaveAsync(db, design, baseVersion, edit.Document!, entry.Seq, entry, dropRedoTail: true, canRedo: false, cancellationToken);
    }

    public static async Task<StepOutcome> UndoAsync(FashionWalletDbContext db, DesignHead design, int baseVersion, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        if (design.HistoryHead == 0)
            return new StepOutcome.NothingToDo("There is nothing to undo.");
        var step = await db.DesignHistory.FirstAsync(h => h.DesignId == design.Id && h.Seq == design.HistoryHead, cancellationToken);
        return await ReplayAsync(db, design, baseVersion, DesignJson.DeserializeOperations(step.Inverse), design.HistoryHead - 1, canRedo: true, cancellationToken);
    }

    public static async Task<StepOutcome> RedoAsync(FashionWalletDbContext db, DesignHead design, int baseVersion, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        var step = await db.DesignHistory.FirstOrDefaultAsync(h => h.DesignId == design.Id && h.Seq == design.HistoryHead + 1, cancellationToken);
        if (step is null)
            return new StepOutcome.NothingToDo("There is nothing to redo.");
        var more = await db.DesignHistory.AnyAsync(h => h.DesignId == design.Id && h.Seq == step.Seq + 1, cancellationToken);
        return await ReplayAsync(db, design, baseVersion, DesignJson.DeserializeOperations(step.Operations), step.Seq, more, cancellationToken);
    }

    private static async Task<StepOutcome> ReplayAsync(FashionWalletDbContext db, DesignHead design, int baseVersion,
        IReadOnlyList<DesignOperation> operations, int newHead, bool canRedo, CancellationToken cancellationToken)
    {
        var edit = DesignEditor.Apply(DesignJson.Deserialize(design.Document), operations);
        // A stored step always applies to the document it was recorded against; failing here means history was changed by hand.
        if (!edit.Succeeded)
            throw new InvalidOperationException($"Design {design.Id}'s history no longer fits its document: {string.Join("; ", edit.Errors)}");
        return await SaveAsync(db, design, baseVersion, edit.Document!, newHead, entry: null, dropRedoTail: false, canRedo, cancellationToken);
    }

    private static async Task<StepOutcome> SaveAsync(FashionWalletDbContext db, DesignHead design, int baseVersion, DesignDocument document,
        int newHead, DesignHistoryEntry? entry, bool dropRedoTail, bool canRedo, CancellationToken cancellationToken)
    {
        var json = DesignJson.Serialize(document);
        var saved = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = DateTimeOffset.UtcNow;
            var moved = await db.Designs.Where(d => d.Id == design.Id && d.Version == baseVersion)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Document, json)
                    .SetProperty(d => d.Version, baseVersion + 1)
                    .SetProperty(d => d.HistoryHead, newHead)
                    .SetProperty(d => d.UpdatedAt, now), ct);
            saved = moved == 1;
            if (!saved)
                return;
            if (dropRedoTail)
                await db.DesignHistory.Where(h => h.DesignId == design.Id && h.Seq > design.HistoryHead).ExecuteDeleteAsync(ct);
            if (entry is not null)
            {
                entry.CreatedAt = now;
                db.DesignHistory.Add(entry);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        if (!saved)
            return new StepOutcome.Stale(await db.Designs.Where(d => d.Id == design.Id).Select(d => d.Version).FirstAsync(cancellationToken));
        return new StepOutcome.Saved(baseVersion + 1, document, newHead, canRedo);
    }
}
