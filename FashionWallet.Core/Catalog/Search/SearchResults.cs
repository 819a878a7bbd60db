namespace FashionWallet.Catalog;

/// <summary>A page of rows (one more than asked, to know whether another page follows) and the counts, as a result.</summary>
internal static class SearchResults
{
    public static CatalogSearchResult Assemble(
        SearchPlan plan, SearchMode mode, IReadOnlyList<(CatalogSearchHit Hit, string Key)> rows, long total, List<(string Facet, string? Value, long Count)> facetCounts)
    {
        var hasMore = rows.Count > plan.Query.PageSize;
        var items = rows.Take(plan.Query.PageSize).ToArray();
        var next = hasMore ? new SearchCursor(items[^1].Key, items[^1].Hit.Id, plan.Fingerprint, mode == SearchMode.Fuzzy).Encode() : null;
        return new CatalogSearchResult(items.Select(i => i.Hit).ToArray(), total, next,
            plan.Query.IncludeFacets ? SearchRows.Facets(plan, facetCounts) : [], null, mode == SearchMode.Fuzzy, []);
    }
}
