using FashionWallet.Web.Accounts;

namespace FashionWallet.Web.Catalog;

public static class CatalogWebExtensions
{
    /// <summary>The query parameters the search page passes on to the API; anything else is dropped.</summary>
    public static IReadOnlySet<string> SearchParameters { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "q", "kind", "category", "colour", "material", "price", "stretch", "minPrice", "maxPrice", "sort", "cursor", "includeUnpublished",
    };

    public static IHostApplicationBuilder AddWebCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<CatalogClient>(client => client.BaseAddress = new Uri("http://api")).AddHttpMessageHandler<ApiTokenHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebCatalog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/catalog/suggest", async (string? q, CatalogClient catalog, CancellationToken cancellationToken) =>
            (await catalog.SuggestAsync(q, cancellationToken)).Value is { } suggestions ? Results.Ok(suggestions) : Results.Ok(Array.Empty<object>()));

        // Artwork comes from this origin, so the page's content security policy can stay 'self'.
        app.MapGet("/catalog/items/{id:guid}/{file:regex(^(thumbnail|texture)\\.svg$)}", async (Guid id, string file, CatalogClient catalog, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await catalog.ArtworkAsync(id, file, cancellationToken) is not { } svg)
                return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=300";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.Content(svg, "image/svg+xml; charset=utf-8");
        });

        // Colour swatches as tiny images: the content security policy allows no inline styles.
        app.MapGet("/catalog/swatch/{hex:regex(^[0-9a-fA-F]{{6}}$)}.svg", (string hex, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Content($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\"><rect width=\"24\" height=\"24\" rx=\"4\" fill=\"#{hex}\"/></svg>", "image/svg+xml");
        });

        app.MapGet("/admin/catalog/export.{format:regex(^(csv|json)$)}", async (string format, CatalogClient catalog, HttpContext http, CancellationToken cancellationToken) =>
        {
            using var response = await catalog.ExportAsync(format, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return Results.StatusCode((int)response.StatusCode);
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"fashion-wallet-catalog.{format}\"";
            await response.Content.CopyToAsync(http.Response.Body, cancellationToken);
            return Results.Empty;
        }).RequireAuthorization(policy => policy.RequireRole("admin"));
        return app;
    }
}
