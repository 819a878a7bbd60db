using System.Security.Claims;
using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FashionWallet.Api.Catalog;

/// <summary>What everyone can read: search, suggestions, items, similar items and artwork. Admins also see drafts.</summary>
internal static class CatalogReadEndpoints
{
    private const int MaxTextLength = 10_000;

    public static async Task<Results<Ok<CatalogSearchResult>, ValidationProblem>> Search(
        [AsParameters] CatalogSearchRequest request, CatalogSearch search, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var sort = ParseSort(request.Sort, errors);
        if (errors.Any)
            return errors.ToResult();
        var result = await search.SearchAsync(new CatalogQuery
        {
            Text = request.Q is { Length: > MaxTextLength } text ? text[..MaxTextLength] : request.Q,
            Kinds = request.Kind ?? [],
            Categories = request.Category ?? [],
            ColourFamilies = request.Colour ?? [],
            Materials = request.Material ?? [],
            PriceBands = request.Price ?? [],
            Stretch = request.Stretch ?? [],
            MinPrice = request.MinPrice,
            MaxPrice = request.MaxPrice,
            Sort = sort,
            PageSize = request.PageSize ?? 24,
            Cursor = request.Cursor,
            IncludeUnpublished = request.IncludeUnpublished == true && user.IsInRole(Roles.Admin),
            IncludeFacets = request.Facets ?? true,
        }, cancellationToken);
        return result.Errors.Count > 0 ? FromCatalog(result.Errors) : TypedResults.Ok(result);
    }

    public static async Task<Ok<IReadOnlyList<CatalogSuggestion>>> Suggest(string? q, int? limit, CatalogSearch search, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await search.SuggestAsync(q is { Length: > 200 } text ? text[..200] : q, Math.Clamp(limit ?? 8, 1, CatalogSearch.MaxSuggestions),
            includeUnpublished: user.IsInRole(Roles.Admin), cancellationToken));

    public static async Task<Results<Ok<CatalogItemResponse>, NotFound>> GetItem(
        Guid id, CatalogStore store, CatalogTrending trending, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await Visible(store, id, user, cancellationToken);
        if (item is null)
            return TypedResults.NotFound();
        await trending.RecordViewAsync(id, cancellationToken);
        var artwork = await store.GetArtworkAsync(id, cancellationToken);
        return TypedResults.Ok(CatalogItemResponse.From(item, artwork?.TextureSvg is not null));
    }

    public static async Task<Results<Ok<IReadOnlyList<CatalogSimilarItem>>, NotFound>> Similar(
        Guid id, int? limit, CatalogStore store, CatalogSearch search, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await Visible(store, id, user, cancellationToken) is null)
            return TypedResults.NotFound();
        return TypedResults.Ok(await search.MoreLikeThisAsync(id, Math.Clamp(limit ?? 12, 1, 48), cancellationToken));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> Thumbnail(Guid id, CatalogStore store, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken) =>
        await Svg(id, store, user, http, artwork => artwork.ThumbnailSvg, cancellationToken);

    public static async Task<Results<ContentHttpResult, NotFound>> Texture(Guid id, CatalogStore store, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken) =>
        await Svg(id, store, user, http, artwork => artwork.TextureSvg, cancellationToken);

    /// <summary>Drafts and archived items exist only for admins; for anyone else they are not found.</summary>
    internal static async Task<CatalogItem?> Visible(CatalogStore store, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(id, cancellationToken);
        return item is not null && (item.Status == CatalogStatus.Published || user.IsInRole(Roles.Admin)) ? item : null;
    }

    internal static ValidationProblem FromCatalog(IReadOnlyList<FieldError> errors)
    {
        var problem = new FieldErrors();
        foreach (var error in errors)
            problem.Add(error.Field, error.Reason);
        return problem.ToResult();
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Svg(
        Guid id, CatalogStore store, ClaimsPrincipal user, HttpContext http, Func<CatalogArtworkSet, string?> pick, CancellationToken cancellationToken)
    {
        if (await Visible(store, id, user, cancellationToken) is null || await store.GetArtworkAsync(id, cancellationToken) is not { } artwork || pick(artwork) is not { } svg)
            return TypedResults.NotFound();
        // The artwork is drawn by our code from numbers and checked colours only; the policy forbids scripts all the same.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(svg, "image/svg+xml; charset=utf-8");
    }

    private static CatalogSort ParseSort(string? sort, FieldErrors errors)
    {
        switch (sort)
        {
            case null or "" or "relevance":
                return CatalogSort.Relevance;
            case "price":
                return CatalogSort.PriceAscending;
            case "-price":
                return CatalogSort.PriceDescending;
            case "newest":
                return CatalogSort.Newest;
            case "trending":
                return CatalogSort.Trending;
            default:
                errors.Add("sort", "Sort by relevance, price, -price, newest or trending.");
                return CatalogSort.Relevance;
        }
    }
}

/// <summary>The search's query string: repeat a filter to select several values (kind=fabric&amp;kind=print).</summary>
public sealed record CatalogSearchRequest(
    string? Q, string[]? Kind, string[]? Category, string[]? Colour, string[]? Material, string[]? Price, string[]? Stretch,
    decimal? MinPrice, decimal? MaxPrice, string? Sort, int? PageSize, string? Cursor, bool? Facets, bool? IncludeUnpublished);
