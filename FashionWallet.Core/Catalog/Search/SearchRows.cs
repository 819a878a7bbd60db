using System.Text.Encodings.Web;
using System.Text.Unicode;
using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>Reads search rows: hits with their keyset key, and facet counts merged with the selection.</summary>
internal static class SearchRows
{
    // Escapes markup characters only; accented and non-Latin letters stay readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static (CatalogSearchHit Hit, string Key) Hit(NpgsqlDataReader r, CatalogSort sort)
    {
        var score = r.GetFloat(10);
        var hit = new CatalogSearchHit(
            r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5), r.GetString(6),
            r.GetFieldValue<string[]>(7), r.GetFieldValue<string[]>(8), r.GetString(9), score,
            SafeHtml(r.GetString(13)), SafeHtml(r.GetString(14)));
        var key = sort switch
        {
            CatalogSort.PriceAscending or CatalogSort.PriceDescending => SearchCursor.DecimalKey(hit.Price),
            CatalogSort.Newest => SearchCursor.TimeKey(r.GetFieldValue<DateTimeOffset>(11)),
            CatalogSort.Trending => SearchCursor.DoubleKey(r.GetDouble(12)),
            _ => SearchCursor.FloatKey(score),
        };
        return (hit, key);
    }

    /// <summary>Facet counts as display values (the keys a query selects), merged with the selection.</summary>
    public static IReadOnlyList<CatalogFacet> Facets(SearchPlan plan, List<(string Facet, string? Value, long Count)> counts) =>
        SearchFacet.All.Select(facet =>
        {
            var selected = plan.Filters.FirstOrDefault(f => f.Facet == facet).Values ?? [];
            var values = counts.Where(c => c.Facet == facet.Name && c.Value is not null)
                .Select(c => (Value: c.Value!, c.Count))
                .ToList();
            values.AddRange(selected.Where(s => values.All(v => v.Value != s)).Select(s => (s, 0L)));
            return new CatalogFacet(facet.Name, values
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => new CatalogFacetValue(v.Value, v.Count, selected.Contains(v.Value)))
                .ToArray());
        }).ToArray();

    /// <summary>HTML-escapes the text, then turns the highlight sentinels (control characters no stored text contains) into marks.</summary>
    public static string SafeHtml(string highlighted)
    {
        var html = new System.Text.StringBuilder(highlighted.Length + 16);
        var start = 0;
        for (var i = 0; i <= highlighted.Length; i++)
        {
            if (i < highlighted.Length && highlighted[i] is not ('\u0001' or '\u0002'))
                continue;
            html.Append(Html.Encode(highlighted.Substring(start, i - start)));
            if (i < highlighted.Length)
                html.Append(highlighted[i] == '\u0001' ? "<mark>" : "</mark>");
            start = i + 1;
        }
        return html.ToString();
    }
}
