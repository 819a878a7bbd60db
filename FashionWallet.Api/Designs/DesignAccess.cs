using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Designs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

internal static class DesignAccess
{
    /// <summary>A person's own designs, in the trash or not; an admin's view of anyone's (for support).</summary>
    public static IQueryable<Design> VisibleTo(this DbSet<Design> designs, ClaimsPrincipal user)
    {
        if (user.IsAdmin())
            return designs;
        var userId = user.UserId();
        return designs.Where(d => d.OwnerId == userId);
    }

    public static IQueryable<Design> NotDeleted(this IQueryable<Design> designs) => designs.Where(d => d.DeletedAt == null);

    public static IQueryable<DesignFolder> VisibleTo(this DbSet<DesignFolder> folders, ClaimsPrincipal user)
    {
        if (user.IsAdmin())
            return folders;
        var userId = user.UserId();
        return folders.Where(f => f.OwnerId == userId);
    }

    public static ProblemHttpResult Conflict(int currentVersion) => TypedResults.Problem(
        $"This design changed since you opened it: it is now at version {currentVersion}. Reload it and make your change again.",
        statusCode: StatusCodes.Status409Conflict, title: "Design changed", extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    public static ValidationProblem ToResult(this IReadOnlyList<OperationError> errors)
    {
        var fields = new FieldErrors();
        foreach (var error in errors)
            fields.Add(error.Field, error.Message);
        return fields.ToResult("These operations cannot be applied; nothing was changed.");
    }
}
