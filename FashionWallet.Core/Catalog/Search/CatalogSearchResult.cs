namespace FashionWallet.Catalog;

/// <summary>
/// One page of results. <see cref="DidYouMean"/> is the corrected text when misspelt words were corrected;
/// <see cref="Fuzzy"/> says the results came from trigram similarity because full-text search found nothing.
/// <see cref="Errors"/> lists refused filters or cursor (then there are no items).
/// </summary>
public sealed record CatalogSearchResult(
    IReadOnlyList<CatalogSearchHit> Items,
    long Total,
    string? NextCursor,
    IReadOnlyList<CatalogFacet> Facets,
    string? DidYouMean,
    bool Fuzzy,
    IReadOnlyList<FieldError> Errors)
{
    public static CatalogSearchResult Refused(IReadOnlyList<FieldError> errors) => new([], 0, null, [], null, false, errors);
}

/// <summary>
/// An item in the results. <see cref="NameHtml"/> and <see cref="SnippetHtml"/> are HTML-escaped text in which only
/// the matched words are wrapped in &lt;mark&gt;; they are safe to render as HTML.
/// </summary>
public sealed record CatalogSearchHit(
    Guid Id,
    string Sku,
    string Kind,
    string Name,
    string Category,
    decimal Price,
    string PriceUnit,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ColourFamilies,
    string Status,
    double Score,
    string NameHtml,
    string SnippetHtml);

/// <summary>A facet and its values with how many matches each would give, given the other facets' selections.</summary>
public sealed record CatalogFacet(string Name, IReadOnlyList<CatalogFacetValue> Values);

public sealed record CatalogFacetValue(string Value, long Count, bool Selected);
