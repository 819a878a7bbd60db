using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>Templates are designs marked as such: a person's own, and those an admin published for everyone.</summary>
internal static class DesignTemplateEndpoints
{
    public static IQueryable<Design> AvailableTo(FashionWalletDbContext db, Guid userId) =>
        db.Designs.Where(d => d.IsTemplate && d.DeletedAt == null && (d.OwnerId == userId || d.Status == DesignStatuses.Published));

    public static async Task<Ok<DesignSummary[]>> List(FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var templates = await AvailableTo(db, user.UserId()).OrderBy(d => d.Name).ThenBy(d => d.Id)
            .Select(d => new DesignSummary(d.Id, d.Name, d.Description, d.Category, d.Status, d.Tags, d.FolderId, d.AvatarId, d.IsTemplate, d.Version,
                d.CreatedAt, d.UpdatedAt, d.DeletedAt))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(templates);
    }

    public static async Task<Results<Created<DesignResponse>, NotFound, ValidationProblem>> SaveAsTemplate(
        Guid id, SaveAsTemplateRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var source = await db.Designs.VisibleTo(user).NotDeleted().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (source is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var name = DesignMetadata.Name(request.Name, errors);
        if (request.Publish && !user.IsAdmin())
            errors.Add("publish", "Only admins publish templates for everyone; yours stays yours.");
        if (errors.Any)
            return errors.ToResult();
        var template = DesignEndpoints.CopyOf(source, name ?? source.Name);
        template.IsTemplate = true;
        template.FolderId = null;
        template.AvatarId = null;
        template.Status = request.Publish ? DesignStatuses.Published : DesignStatuses.Draft;
        template.OwnerId = user.UserId();
        await DesignEndpoints.AddAsync(db, template, user.UserId(), cancellationToken);
        return TypedResults.Created($"/api/designs/{template.Id}", DesignEndpoints.Describe(template, canRedo: false));
    }
}
