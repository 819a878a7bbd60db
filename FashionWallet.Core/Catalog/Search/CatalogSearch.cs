using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// Full-text catalog search in PostgreSQL. Name, tags, composition and description are weighted A, B, C and D in one
/// tsvector, indexed through unaccent (see 0003_catalog.sql). Misspelt words are corrected against the catalog's own
/// vocabulary by trigram similarity ("did you mean"), and when full text still finds nothing the names are matched by
/// trigram word similarity instead. Facet counts are disjunctive: each facet is counted with every other facet's
/// selection applied but not its own, so a person sees what else they could pick. With a cache, a repeated search
/// (the same text, filters, sort and page) costs one lookup of the catalog generation.
/// </summary>
public sealed partial class CatalogSearch(NpgsqlDataSource dataSource, CatalogSearchCache? cache = null)
{
    private const string NameHeadline = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
    private const string SnippetHeadline = "StartSel=\u0001, StopSel=\u0002, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=\" ... \"";
    private const double MinCorrectionSimilarity = 0.45;

    private enum TextMode
    {
        None,
        FullText,
        Fuzzy,
    }

    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        var (plan, errors) = SearchPlan.From(query);
        if (plan is null)
            return CatalogSearchResult.Refused(errors);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (cache is null)
            return await SearchAsync(connection, plan, cancellationToken);
        var generation = await GenerationAsync(connection, cancellationToken);
        var key = $"{plan.Fingerprint}|{query.PageSize}|{query.IncludeFacets}|{query.Cursor}";
        if (cache.TryGet(generation, key, out var cached))
            return cached;
        var result = await SearchAsync(connection, plan, cancellationToken);
        cache.Set(generation, key, result);
        return result;
    }

    private static async Task<long> GenerationAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select generation from catalog_state", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<CatalogSearchResult> SearchAsync(NpgsqlConnection connection, SearchPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.HasText)
            return await RunAsync(connection, plan, TextMode.None, "", cancellationToken);

        var corrected = SearchText.Correct(plan.Text, await CorrectionsAsync(connection, plan.Text, cancellationToken));
        var didYouMean = corrected == plan.Text ? null : corrected;
        var mode = plan.After?.Fuzzy == true ? TextMode.Fuzzy : TextMode.FullText;
        var result = await RunAsync(connection, plan, mode, corrected, cancellationToken);
        if (result.Total == 0 && mode == TextMode.FullText && plan.After is null)
            result = await RunAsync(connection, plan, TextMode.Fuzzy, corrected, cancellationToken);
        return result with { DidYouMean = didYouMean };
    }

    /// <summary>Misspelt words (not in the catalog's vocabulary, not stop words) and their closest vocabulary word.</summary>
    private static async Task<Dictionary<string, string>> CorrectionsAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
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
        command.Parameters.Add(new NpgsqlParameter("min_similarity", NpgsqlDbType.Real) { Value = (float)MinCorrectionSimilarity });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1))
                corrections[reader.GetString(0)] = reader.GetString(1);
        }
        return corrections;
    }

    private static async Task<CatalogSearchResult> RunAsync(NpgsqlConnection connection, SearchPlan plan, TextMode mode, string corrected, CancellationToken cancellationToken)
    {
        var sql = new SearchSql(plan, mode == TextMode.FullText, mode == TextMode.Fuzzy);
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
        while (await reader.ReadAsync(cancellationToken))
            counts.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));

        var hasMore = page.Count > plan.Query.PageSize;
        var items = page.Take(plan.Query.PageSize).ToArray();
        var next = hasMore ? new SearchCursor(items[^1].Key, items[^1].Hit.Id, plan.Fingerprint, mode == TextMode.Fuzzy).Encode() : null;
        var total = counts.Where(c => c.Facet == "total").Sum(c => c.Count);
        return new CatalogSearchResult(items.Select(i => i.Hit).ToArray(), total, next,
            plan.Query.IncludeFacets ? SearchRows.Facets(plan, counts) : [], null, mode == TextMode.Fuzzy, []);
    }
}
