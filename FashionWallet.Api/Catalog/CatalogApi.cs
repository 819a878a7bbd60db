using FashionWallet.Api.Security;

namespace FashionWallet.Api.Catalog;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Catalog");

        var reads = catalog.MapGroup("").AddEndpointFilter<CatalogETagFilter>();
        reads.MapGet("/search", CatalogReadEndpoints.Search).WithAccess(Access.Public)
            .WithSummary("Full-text, typo-tolerant search with facets, sorting and keyset pages (repeat a filter to select several values)");
        reads.MapGet("/suggest", CatalogReadEndpoints.Suggest).WithAccess(Access.Public).WithSummary("Suggestions as you type");
        reads.MapGet("/items/{id:guid}", CatalogReadEndpoints.GetItem).WithAccess(Access.Public).WithSummary("An item with its attributes and artwork links");
        reads.MapGet("/items/{id:guid}/similar", CatalogReadEndpoints.Similar).WithAccess(Access.Public).WithSummary("More like this: nearest items by palette and attributes");
        reads.MapGet("/items/{id:guid}/thumbnail.svg", CatalogReadEndpoints.Thumbnail).WithAccess(Access.Public).WithSummary("The item's thumbnail (SVG)");
        reads.MapGet("/items/{id:guid}/texture.svg", CatalogReadEndpoints.Texture).WithAccess(Access.Public).WithSummary("The fabric's or print's repeat texture (SVG)");

        var admin = catalog.MapGroup("").AddEndpointFilter<CatalogIndexCatchUpFilter>();
        admin.MapPost("/items", CatalogAdminEndpoints.Create).WithAccess(Access.Admin).WithSummary("Create an item (a draft unless a status is given)");
        admin.MapPut("/items/{id:guid}", CatalogAdminEndpoints.Update).WithAccess(Access.Admin).WithSummary("Change an item: a new version");
        admin.MapPost("/items/{id:guid}/publish", CatalogAdminEndpoints.Publish).WithAccess(Access.Admin).WithSummary("Publish an item");
        admin.MapPost("/items/{id:guid}/archive", CatalogAdminEndpoints.Archive).WithAccess(Access.Admin).WithSummary("Archive an item (designs that use it keep working)");
        admin.MapGet("/items/{id:guid}/versions", CatalogAdminEndpoints.Versions).WithAccess(Access.Admin).WithSummary("An item's history, newest first");
        admin.MapGet("/items/{id:guid}/versions/{version:int}", CatalogAdminEndpoints.Version).WithAccess(Access.Admin).WithSummary("An item as it was at a version");
        admin.MapPost("/items/{id:guid}/versions/{version:int}/restore", CatalogAdminEndpoints.Restore).WithAccess(Access.Admin)
            .WithSummary("Bring back an earlier version (as a new version)");
        admin.MapPost("/import", CatalogAdminEndpoints.Import).WithAccess(Access.Admin)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(FashionWallet.Catalog.CatalogFile.MaxBytes))
            .Accepts<string>("text/csv", "application/json")
            .WithSummary("Import a CSV or JSON file (the request body): all rows or none, matched by SKU, errors per row with line numbers");
        admin.MapGet("/export", CatalogAdminEndpoints.Export).WithAccess(Access.Admin).WithSummary("The whole catalog as CSV or JSON");
        return app;
    }
}
