using FashionWallet.Web.Accounts;
using FashionWallet.Web.Catalog;
using Microsoft.AspNetCore.Antiforgery;

namespace FashionWallet.Web.Designs;

public static class DesignsWebExtensions
{
    /// <summary>The most an edit request may carry (a document is at most 256 kB; edits are much smaller).</summary>
    public const long MaxEditBytes = 256 * 1024;

    public static IHostApplicationBuilder AddWebDesigns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<DesignsClient>(client => client.BaseAddress = new Uri("http://api")).AddHttpMessageHandler<ApiTokenHandler>();
        return builder;
    }

    /// <summary>
    /// The studio talks to this origin only (the API is not exposed): the design's files, its document, and edits.
    /// The session is a cookie, so every edit carries the page's anti-forgery token in a header.
    /// </summary>
    public static IEndpointRouteBuilder MapWebDesigns(this IEndpointRouteBuilder app)
    {
        var design = app.MapGroup("/designs/{id:guid}").RequireAuthorization();
        design.MapGet("/{file:regex(^(preview\\.glb|flat\\.svg)$)}", (Guid id, string file, HttpContext http, DesignsClient designs) =>
            PassThroughAsync(designs, HttpMethod.Get, id, $"/{file}{http.Request.QueryString}", http));
        design.MapGet("/document", (Guid id, HttpContext http, DesignsClient designs) => PassThroughAsync(designs, HttpMethod.Get, id, "", http));
        design.MapPost("/{action:regex(^(operations|undo|redo)$)}", async (Guid id, string action, HttpContext http, DesignsClient designs, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem("Reload the page: this edit did not come from it.", statusCode: StatusCodes.Status400BadRequest, title: "Anti-forgery token missing or invalid");
            if (http.Request.ContentLength is > MaxEditBytes)
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            var content = new StreamContent(http.Request.Body);
            content.Headers.ContentType = new("application/json");
            return await PassThroughAsync(designs, HttpMethod.Post, id, $"/{action}", http, content);
        });

        app.MapGet("/designs/catalog", async (string? q, string? kind, CatalogClient catalog, CancellationToken cancellationToken) =>
        {
            var query = $"q={Uri.EscapeDataString(q ?? "")}&pageSize=24&facets=false{(kind is { Length: > 0 } ? $"&kind={Uri.EscapeDataString(kind)}" : "")}";
            var result = await catalog.SearchAsync(query, cancellationToken);
            return Results.Ok(result.Value?.Items.Select(i => new { i.Id, i.Name, i.Kind, i.Category }).ToArray() ?? []);
        }).RequireAuthorization();

        // A panel with a fabric and no colour of its own shows the fabric's first colourway; the properties panel shows it too.
        app.MapGet("/designs/catalog/{itemId:guid}/colour", async (Guid itemId, CatalogClient catalog, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await FabricColours.OfAsync(catalog, itemId, cancellationToken) is not { } hex)
                return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Ok(new { hex });
        }).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> PassThroughAsync(DesignsClient designs, HttpMethod method, Guid id, string pathAndQuery, HttpContext http, HttpContent? content = null)
    {
        using var response = await designs.SendAsync(method, id, pathAndQuery, content, http.RequestAborted);
        http.Response.StatusCode = (int)response.StatusCode;
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        if (response.Headers.CacheControl is { } cache)
            http.Response.Headers.CacheControl = cache.ToString();
        if (response.Headers.ETag is { } etag)
            http.Response.Headers.ETag = etag.ToString();
        if (response.Headers.TryGetValues("Content-Security-Policy", out var policy))
            http.Response.Headers.ContentSecurityPolicy = policy.ToArray();
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        return Results.Empty;
    }
}
