using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// Catalog search: full text over name, tags, composition and description (weighted A, B, C and D), misspelt words
/// corrected against the catalog's own vocabulary ("did you mean"), names matched by trigram similarity when full
/// text finds nothing, disjunctive facet counts (each facet counted with every other facet's selection applied but
/// not its own, so a person sees what else they could pick), sorts and keyset pages.
/// With a loaded <see cref="CatalogSearchIndex"/> the search runs in memory; otherwise (no index, or while it loads)
/// in PostgreSQL, which stays the source of truth and gives the same answers (see 0003_catalog.sql).
/// </summary>
public sealed partial class CatalogSearch(NpgsqlDataSource dataSource, CatalogSearchIndex? index = null)
{
    private const string NameHeadline = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
    private const string SnippetHeadline = "StartSel=\u0001, StopSel=\u0002, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=\" ... \"";

    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        var (plan, errors) = SearchPlan.From(query);
        if (plan is null)
            return CatalogSearchResult.Refused(errors);
        if (index?.Current is { } snapshot)
            return await snapshot.SearchAsync(plan);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await SearchFlow.SearchAsync(plan,
            async text => await CorrectionsAsync(connection, text, cancellationToken),
            (mode, corrected) => new ValueTask<CatalogSearchResult>(RunAsync(connection, plan, mode, corrected, cancellationToken)));
    }

    /// <summary>Misspelt words (not in the catalog's vocabulary, not stop words) and their closest vocabulary word.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> CorrectionsAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        var words = SearchText.Words(text);
        var corrections = new Dictionary<string, string>();
        if (words.Count == 0)
            return corrections;
        await using var command = new NpgsqlCommand("""
            select x, (select w.word from catalog_words w
                       where w.word % q.word and similarity(w.word, q.word) >= @min_similarity
                       order by similarity(w.word, q.word) desc, w.word limit 1)
            from unnest(@words) as x, lateral (select lower(catalog_unaccent(x)) as word) q
            where numnode(plainto_tsquery('catalog_english', x)) > 0
              and not exists (select 1 from catalog_words w where w.word = q.word)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = words.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("min_similarity", NpgsqlDbType.Real) { Value = SearchVocabulary.MinCorrectionSimilarity });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1))
                corrections[reader.GetString(0)] = reader.GetString(1);
        }
        return corrections;
    }

    private static async Task<CatalogSearchResult> RunAsync(NpgsqlConnection connection, SearchPlan plan, SearchMode mode, string corrected, CancellationToken cancellationToken)
    {
        var sql = new SearchSql(plan, mode == SearchMode.FullText, mode == SearchMode.Fuzzy);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(sql.Command(sql.PageSql()));
        batch.BatchCommands.Add(sql.Command(sql.CountsSql()));
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = plan.Text });
            command.Parameters.Add(new NpgsqlParameter("corrected", NpgsqlDbType.Text) { Value = corrected });
            command.Parameters.Add(new NpgsqlParameter("headline_name", NpgsqlDbType.Text) { Value = NameHeadline });
            command.Parameters.Add(new NpgsqlParameter("headline_snippet", NpgsqlDbType.Text) { Value = SnippetHeadline });
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var page = new List<(CatalogSearchHit Hit, string Key)>();
        while (await reader.ReadAsync(cancellationToken))
            page.Add(SearchRows.Hit(reader, plan.Query.Sort));
        await reader.NextResultAsync(cancellationToken);
        var counts = new List<(string Facet, string? Value, long Count)>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var facet = reader.GetString(0);
            if (facet == "total")
                total += reader.GetInt64(2);
            else
                counts.Add((facet, SearchFacet.All.First(f => f.Name == facet).DisplayValue(reader.GetString(1)), reader.GetInt64(2)));
        }
        return SearchResults.Assemble(plan, mode, page, total, counts);
    }
}
