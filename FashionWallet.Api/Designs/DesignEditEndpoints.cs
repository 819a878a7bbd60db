using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Catalog;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Designs.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>
/// Editing a document: operations as undoable steps, undo, redo and the history they leave. A step starts from this
/// instance's copy of the design at the client's base version when it has one (<see cref="RecentDesigns"/>), and is
/// written in one statement that checks the version, so a copy another instance made old only costs a reload.
/// </summary>
internal static class DesignEditEndpoints
{
    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Apply(
        Guid id, ApplyOperationsRequest request, DesignStepStore store, RecentDesigns recent, CatalogStore catalog, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var editor = user.Editing();
        var errors = new FieldErrors();
        var operations = Read(request, errors);
        var (design, cached) = await EditableAsync(store, recent, id, request.BaseVersion, editor, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        if (!errors.Any)
            await DesignCatalogReferences.CheckAsync(operations, catalog, errors, cancellationToken);
        if (errors.Any)
            return errors.ToResult("These operations cannot be applied; nothing was changed.");
        var outcome = await DesignSteps.ApplyAsync(store, design, request.BaseVersion, operations, editor, DesignHistoryKinds.Edit, cancellationToken);
        return await RespondAsync(outcome, design, cached, store, recent, editor, cancellationToken);
    }

    public static Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Undo(
        Guid id, DesignStepRequest request, FashionWalletDbContext db, DesignStepStore store, RecentDesigns recent, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MoveInHistoryAsync(id, request, store, recent, user, (design, editor) => DesignSteps.UndoAsync(db, store, design, request.BaseVersion, editor, cancellationToken), cancellationToken);

    public static Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Redo(
        Guid id, DesignStepRequest request, FashionWalletDbContext db, DesignStepStore store, RecentDesigns recent, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MoveInHistoryAsync(id, request, store, recent, user, (design, editor) => DesignSteps.RedoAsync(db, store, design, request.BaseVersion, editor, cancellationToken), cancellationToken);

    /// <summary>Undo and redo: the same checks and answer around one step through the history.</summary>
    private static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> MoveInHistoryAsync(
        Guid id, DesignStepRequest request, DesignStepStore store, RecentDesigns recent, ClaimsPrincipal user,
        Func<DesignHead, DesignEditingUser, Task<StepOutcome>> step, CancellationToken cancellationToken)
    {
        var editor = user.Editing();
        var (design, cached) = await EditableAsync(store, recent, id, request.BaseVersion, editor, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        return await RespondAsync(await step(design, editor), design, cached, store, recent, editor, cancellationToken);
    }

    public static async Task<Results<Ok<DesignHistoryPage>, NotFound, ValidationProblem>> History(
        Guid id, int? page, int? pageSize, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (page < 1 || pageSize is < 1 or > DesignEndpoints.MaxPageSize)
            return FieldErrors.One(page < 1 ? "page" : "pageSize", $"Pages count from 1 and hold 1 to {DesignEndpoints.MaxPageSize} steps.");
        var head = await db.Designs.VisibleTo(user).NotDeleted().Where(d => d.Id == id).Select(d => (int?)d.HistoryHead).FirstOrDefaultAsync(cancellationToken);
        if (head is not { } historyHead)
            return TypedResults.NotFound();
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var steps = db.DesignHistory.Where(h => h.DesignId == id);
        var total = await steps.CountAsync(cancellationToken);
        var entries = await steps.OrderByDescending(h => h.Seq).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = entries.Select(h => new DesignHistoryItem(h.Seq, h.Kind, DesignJson.DeserializeOperations(h.Operations), h.VersionAfter, h.AuthorId, h.CreatedAt,
            Undone: h.Seq > historyHead)).ToArray();
        return TypedResults.Ok(new DesignHistoryPage(items, historyHead, number, size, total));
    }

    public static DesignEditingUser Editing(this ClaimsPrincipal user) => new(user.UserId(), user.IsAdmin());

    /// <summary>The design to make a step on: this instance's copy at <paramref name="baseVersion"/>, or a fresh read; null when it is not the caller's.</summary>
    public static async Task<(DesignHead? Design, bool Cached)> EditableAsync(DesignStepStore store, RecentDesigns recent, Guid id, int baseVersion,
        DesignEditingUser editor, CancellationToken cancellationToken)
    {
        if (recent.Find(id, baseVersion, editor) is { } cached)
            return (cached, true);
        var found = await store.FindAsync(id, editor.OwnerScope, cancellationToken);
        if (found is not { } stored)
        {
            recent.Forget(id);
            return (null, false);
        }
        recent.Remember(stored.Design, stored.DocumentLength);
        return (stored.Design, false);
    }

    /// <summary>
    /// The answer to a step, keeping this instance's copy in line. A copy cannot tell that its design went to the trash
    /// (that does not move the version on), so a refusal made from a copy is only given once a read confirms the design.
    /// </summary>
    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RespondAsync(StepOutcome outcome, DesignHead design,
        bool cached, DesignStepStore store, RecentDesigns recent, DesignEditingUser editor, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case StepOutcome.Saved saved:
                recent.Remember(design with { Version = saved.Version, HistoryHead = saved.HistoryHead, Document = saved.Document }, saved.DocumentJson.Length);
                return TypedResults.Ok(new DesignStepResponse(saved.Version, saved.Document, saved.HistoryHead > 0, saved.CanRedo));
            case StepOutcome.Stale stale:
                recent.Forget(design.Id);
                return DesignAccess.Conflict(stale.CurrentVersion);
            case StepOutcome.Gone:
                recent.Forget(design.Id);
                return TypedResults.NotFound();
        }
        if (cached && await store.FindAsync(design.Id, editor.OwnerScope, cancellationToken) is null)
        {
            recent.Forget(design.Id);
            return TypedResults.NotFound();
        }
        return outcome switch
        {
            StepOutcome.Invalid invalid => invalid.Errors.ToResult(),
            StepOutcome.NothingToDo nothing => TypedResults.Problem(nothing.Message, statusCode: StatusCodes.Status409Conflict, title: "Nothing to do"),
            _ => throw new InvalidOperationException($"Unknown outcome {outcome}"),
        };
    }

    private static List<DesignOperation> Read(ApplyOperationsRequest request, FieldErrors errors)
    {
        if (request.BaseVersion < 1)
            errors.Add("baseVersion", "Say which version you edited (the design's current version).");
        if (request.Operations is not { Length: > 0 } elements)
        {
            errors.Add("operations", "Give at least one operation.");
            return [];
        }
        if (elements.Length > DesignLimits.MaxOperationsPerRequest)
        {
            errors.Add("operations", $"Send at most {DesignLimits.MaxOperationsPerRequest} operations at a time.");
            return [];
        }
        var operations = new List<DesignOperation>(elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            var operation = DesignJson.TryReadOperation(elements[i], out var problem);
            if (operation is ReplaceDocument)
                problem = "Restore a named version instead of replacing the whole document.";
            if (problem is not null)
                errors.Add($"operations[{i}]", problem);
            else
                operations.Add(operation!);
        }
        return operations;
    }
}
