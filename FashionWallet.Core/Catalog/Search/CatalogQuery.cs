using System.Security.Cryptography;
using System.Text;

namespace FashionWallet.Catalog;

public enum CatalogSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
    Trending,
}

/// <summary>
/// A catalog search as a person states it: free text (websearch syntax: "quoted phrases", -exclusions, or), multi-select
/// facet filters (values within a facet are ORed, facets are ANDed), a sort and a page. Text is never an error: it
/// is cleaned and capped; facet values, prices and cursors are checked and refused with per-field reasons.
/// </summary>
public sealed record CatalogQuery
{
    public const int MaxPageSize = 100;

    public string? Text { get; init; }
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> ColourFamilies { get; init; } = [];
    public IReadOnlyList<string> Materials { get; init; } = [];
    public IReadOnlyList<string> PriceBands { get; init; } = [];
    public IReadOnlyList<string> Stretch { get; init; } = [];
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public CatalogSort Sort { get; init; } = CatalogSort.Relevance;
    public int PageSize { get; init; } = 24;

    /// <summary>The <see cref="CatalogSearchResult.NextCursor"/> of the previous page; null for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Admins also see drafts and archived items; everyone else sees published items only.</summary>
    public bool IncludeUnpublished { get; init; }

    /// <summary>Facet counts cost a pass over every match: leave them out when only the next page is wanted.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>Identifies everything but the page, so a cursor cannot be replayed against another query.</summary>
    internal string Fingerprint(string normalisedText)
    {
        var parts = string.Join('\u001f', normalisedText, Sort, IncludeUnpublished, MinPrice, MaxPrice,
            Join(Kinds), Join(Categories), Join(ColourFamilies), Join(Materials), Join(PriceBands), Join(Stretch));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))[..16];
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(',', values.Order(StringComparer.Ordinal));
}
