using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Designs.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>Editing a document: operations as undoable steps, undo, redo and the history they leave.</summary>
internal static class DesignEditEndpoints
{
    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Apply(
        Guid id, ApplyOperationsRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await FindAsync(db, user, id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var operations = Read(request, errors);
        if (errors.Any)
            return errors.ToResult("These operations cannot be applied; nothing was changed.");
        var outcome = await DesignSteps.ApplyAsync(db, design, request.BaseVersion, operations, user.UserId(), DesignHistoryKinds.Edit, cancellationToken);
        return Respond(outcome);
    }

    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Undo(
        Guid id, DesignStepRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await FindAsync(db, user, id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        return Respond(await DesignSteps.UndoAsync(db, design, request.BaseVersion, cancellationToken));
    }

    public static async Task<Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Redo(
        Guid id, DesignStepRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var design = await FindAsync(db, user, id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        return Respond(await DesignSteps.RedoAsync(db, design, request.BaseVersion, cancellationToken));
    }

    public static async Task<Results<Ok<DesignHistoryPage>, NotFound, ValidationProblem>> History(
        Guid id, int? page, int? pageSize, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (page < 1 || pageSize is < 1 or > DesignEndpoints.MaxPageSize)
            return FieldErrors.One(page < 1 ? "page" : "pageSize", $"Pages count from 1 and hold 1 to {DesignEndpoints.MaxPageSize} steps.");
        var design = await FindAsync(db, user, id, cancellationToken);
        if (design is null)
            return TypedResults.NotFound();
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var steps = db.DesignHistory.Where(h => h.DesignId == id);
        var total = await steps.CountAsync(cancellationToken);
        var entries = await steps.OrderByDescending(h => h.Seq).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = entries.Select(h => new DesignHistoryItem(h.Seq, h.Kind, DesignJson.DeserializeOperations(h.Operations), h.VersionAfter, h.AuthorId, h.CreatedAt,
            Undone: h.Seq > design.HistoryHead)).ToArray();
        return TypedResults.Ok(new DesignHistoryPage(items, design.HistoryHead, number, size, total));
    }

    public static async Task<DesignHead?> FindAsync(FashionWalletDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Designs.VisibleTo(user).NotDeleted().Where(d => d.Id == id)
            .Select(d => new DesignHead(d.Id, d.Version, d.HistoryHead, d.Document)).FirstOrDefaultAsync(cancellationToken);

    public static Results<Ok<DesignStepResponse>, NotFound, ValidationProblem, ProblemHttpResult> Respond(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Saved saved => TypedResults.Ok(new DesignStepResponse(saved.Version, saved.Document, saved.HistoryHead > 0, saved.CanRedo)),
        StepOutcome.Stale stale => DesignAccess.Conflict(stale.CurrentVersion),
        StepOutcome.Invalid invalid => invalid.Errors.ToResult(),
        StepOutcome.NothingToDo nothing => TypedResults.Problem(nothing.Message, statusCode: StatusCodes.Status409Conflict, title: "Nothing to do"),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}"),
    };

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
