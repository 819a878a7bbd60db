namespace FashionWallet.Catalog;

/// <summary>A checked query, ready to become SQL: normalised text, known facet values, a decoded cursor.</summary>
internal sealed record SearchPlan(
    CatalogQuery Query,
    string Text,
    string Fingerprint,
    IReadOnlyList<(SearchFacet Facet, IReadOnlyList<string> Values)> Filters,
    SearchCursor? After,
    object? AfterKey)
{
    public bool HasText => Text.Length > 0;

    public static (SearchPlan? Plan, IReadOnlyList<FieldError> Errors) From(CatalogQuery query)
    {
        var errors = new List<FieldError>();
        var filters = new List<(SearchFacet, IReadOnlyList<string>)>();
        foreach (var facet in SearchFacet.All)
        {
            var selected = facet.Selected(query).Select(v => v?.Trim().ToLowerInvariant() ?? "").Where(v => v.Length > 0).Distinct().ToArray();
            foreach (var unknown in selected.Where(v => !facet.Values.Contains(v)))
                errors.Add(new FieldError(facet.Name, $"'{FieldErrors.Shorten(unknown)}' is not a {facet.Name} value: use one of {string.Join(", ", facet.Values)}"));
            if (selected.Length > 0)
                filters.Add((facet, selected));
        }
        if (query.MinPrice < 0)
            errors.Add(new FieldError("minPrice", "must not be negative"));
        if (query.MaxPrice < 0)
            errors.Add(new FieldError("maxPrice", "must not be negative"));
        if (query.MinPrice > query.MaxPrice)
            errors.Add(new FieldError("maxPrice", "must not be below minPrice"));
        if (query.PageSize is < 1 or > CatalogQuery.MaxPageSize)
            errors.Add(new FieldError("pageSize", $"must be between 1 and {CatalogQuery.MaxPageSize}"));
        if (!Enum.IsDefined(query.Sort))
            errors.Add(new FieldError("sort", "must be relevance, price ascending or descending, newest or trending"));

        var text = SearchText.Normalise(query.Text);
        var fingerprint = query.Fingerprint(text);
        SearchCursor? after = null;
        object? afterKey = null;
        if (query.Cursor is { Length: > 0 } cursorText)
        {
            after = cursorText.Length <= 512 ? SearchCursor.Decode(cursorText) : null;
            afterKey = after?.TypedKey(query.Sort);
            if (after is null || afterKey is null)
                errors.Add(new FieldError("cursor", "is not a cursor this search gave out: start again from the first page"));
            else if (after.Fingerprint != fingerprint)
                errors.Add(new FieldError("cursor", "belongs to a different search (text, filters or sort changed): start again from the first page"));
        }
        return errors.Count > 0 ? (null, errors) : (new SearchPlan(query, text, fingerprint, filters, after, afterKey), []);
    }
}
