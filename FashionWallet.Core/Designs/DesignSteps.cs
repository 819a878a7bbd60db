using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Designs;

/// <summary>What a design looks like to the editing code: enough to check the version and apply a step. Immutable, so it can be cached.</summary>
public sealed record DesignHead(Guid Id, Guid OwnerId, int Version, int HistoryHead, DesignDocument Document);

/// <summary>Who is editing: the author of the history row, and whose designs they may edit (an admin anyone's).</summary>
public sealed record DesignEditingUser(Guid Id, bool IsAdmin)
{
    /// <summary>The owner a design must have for this person to edit it; null for an admin.</summary>
    public Guid? OwnerScope => IsAdmin ? null : Id;
}

/// <summary>The outcome of an edit, an undo, a redo or a restore.</summary>
public abstract record StepOutcome
{
    public sealed record Saved(int Version, DesignDocument Document, string DocumentJson, int HistoryHead, bool CanRedo) : StepOutcome;

    /// <summary>Someone changed the design since <c>baseVersion</c>: it is now at <see cref="CurrentVersion"/>.</summary>
    public sealed record Stale(int CurrentVersion) : StepOutcome;

    public sealed record Invalid(IReadOnlyList<OperationError> Errors) : StepOutcome;

    /// <summary>The design went to the trash (or was purged) while the step was being made.</summary>
    public sealed record Gone : StepOutcome;

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
    public static async Task<StepOutcome> ApplyAsync(DesignStepStore store, DesignHead design, int baseVersion,
        IReadOnlyList<DesignOperation> operations, DesignEditingUser user, string kind, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        var edit = DesignEditor.Apply(design.Document, operations);
        if (!edit.Succeeded)
            return new StepOutcome.Invalid(edit.Errors);
        var entry = new DesignHistoryEntry
        {
            DesignId = design.Id, Seq = design.HistoryHead + 1, Kind = kind, Operations = DesignJson.Serialize(operations),
            Inverse = DesignJson.Serialize(edit.Inverses), VersionAfter = baseVersion + 1, AuthorId = user.Id,
        };
        return await SaveAsync(store, design, user, baseVersion, edit, entry.Seq, entry, canRedo: false, cancellationToken);
    }

    public static async Task<StepOutcome> UndoAsync(FashionWalletDbContext db, DesignStepStore store, DesignHead design, int baseVersion,
        DesignEditingUser user, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        if (design.HistoryHead == 0)
            return new StepOutcome.NothingToDo("There is nothing to undo.");
        var step = await db.DesignHistory.FirstAsync(h => h.DesignId == design.Id && h.Seq == design.HistoryHead, cancellationToken);
        return await ReplayAsync(store, design, user, baseVersion, DesignJson.DeserializeOperations(step.Inverse), design.HistoryHead - 1, canRedo: true, cancellationToken);
    }

    public static async Task<StepOutcome> RedoAsync(FashionWalletDbContext db, DesignStepStore store, DesignHead design, int baseVersion,
        DesignEditingUser user, CancellationToken cancellationToken)
    {
        if (design.Version != baseVersion)
            return new StepOutcome.Stale(design.Version);
        var step = await db.DesignHistory.FirstOrDefaultAsync(h => h.DesignId == design.Id && h.Seq == design.HistoryHead + 1, cancellationToken);
        if (step is null)
            return new StepOutcome.NothingToDo("There is nothing to redo.");
        var more = await db.DesignHistory.AnyAsync(h => h.DesignId == design.Id && h.Seq == step.Seq + 1, cancellationToken);
        return await ReplayAsync(store, design, user, baseVersion, DesignJson.DeserializeOperations(step.Operations), step.Seq, more, cancellationToken);
    }

    private static async Task<StepOutcome> ReplayAsync(DesignStepStore store, DesignHead design, DesignEditingUser user, int baseVersion,
        IReadOnlyList<DesignOperation> operations, int newHead, bool canRedo, CancellationToken cancellationToken)
    {
        var edit = DesignEditor.Apply(design.Document, operations);
        // A stored step always applies to the document it was recorded against; failing here means history was changed by hand.
        if (!edit.Succeeded)
            throw new InvalidOperationException($"Design {design.Id}'s history no longer fits its document: {string.Join("; ", edit.Errors)}");
        return await SaveAsync(store, design, user, baseVersion, edit, newHead, entry: null, canRedo, cancellationToken);
    }

    private static async Task<StepOutcome> SaveAsync(DesignStepStore store, DesignHead design, DesignEditingUser user, int baseVersion, EditResult edit,
        int newHead, DesignHistoryEntry? entry, bool canRedo, CancellationToken cancellationToken)
    {
        var written = await store.WriteAsync(new DesignStepWrite(design.Id, user.OwnerScope, baseVersion, edit.DocumentJson, newHead, entry), cancellationToken);
        return written switch
        {
            DesignStepWritten.Saved => new StepOutcome.Saved(baseVersion + 1, edit.Document!, edit.DocumentJson, newHead, canRedo),
            DesignStepWritten.Stale stale => new StepOutcome.Stale(stale.CurrentVersion),
            _ => new StepOutcome.Gone(),
        };
    }
}
