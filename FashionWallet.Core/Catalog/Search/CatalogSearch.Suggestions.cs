using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>A suggestion while typing: an item whose name starts with, contains a word starting with, or resembles the text.</summary>
public sealed record CatalogSuggestion(Guid Id, string Name, string Kind);

public sealed partial class CatalogSearch
{
    public const int MaxSuggestions = 20;

    /// <summary>
    /// Names for a search box: names starting with the typed text first, then names with a word starting with it,
    /// then names that resemble it (trigram word similarity, so "chif" and "chifon" both find chiffon).
    /// Texts shorter than two characters suggest nothing.
    /// </summary>
    public async Task<IReadOnlyList<CatalogSuggestion>> SuggestAsync(string? text, int limit = 8, bool includeUnpublished = false, CancellationToken cancellationToken = default)
    {
        var typed = SearchText.Normalise(text);
        if (typed.Length < 2 || limit < 1)
            return [];
        typed = typed[..Math.Min(typed.Length, 60)];
        await using var command = dataSource.CreateCommand("""
            with t as (select lower(catalog_unaccent(@typed)) as typed,
                              replace(replace(replace(lower(catalog_unaccent(@typed)), '\', '\\'), '%', '\%'), '_', '\_') as pattern)
            select id, name, kind from (
                select id, name, kind,
                       case when search_name like t.pattern || '%' then 0
                            when search_name like '% ' || t.pattern || '%' then 1
                            else 2 end as tier,
                       word_similarity(t.typed, search_name) as similarity
                from catalog_items cross join t
                where (@all or status = 'published')
                  and (search_name like '%' || t.pattern || '%' or t.typed <% search_name)
            ) s
            order by tier, similarity desc, name, id
            limit @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("typed", NpgsqlDbType.Text) { Value = typed });
        command.Parameters.Add(new NpgsqlParameter("all", NpgsqlDbType.Boolean) { Value = includeUnpublished });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = Math.Min(limit, MaxSuggestions) });
        return await CatalogItemReader.ListAsync(command, r => new CatalogSuggestion(r.GetGuid(0), r.GetString(1), r.GetString(2)), cancellationToken);
    }
}
