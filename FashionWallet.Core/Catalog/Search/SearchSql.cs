using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// The SQL of one search: the page (keyset: rows after the cursor's key and id, in the sort's order) and the counts
/// (total and disjunctive facet counts over one materialised pass of the matches). Only parameters carry values.
/// </summary>
internal sealed class SearchSql(SearchPlan plan, bool fullText, bool fuzzy)
{
    // ts_rank weights in the order D, C, B, A: description, composition, tags, name.
    private const string RankWeights = "'{0.1, 0.2, 0.4, 1.0}'";
    private const string HitColumns = "id, sku, kind, name, description, category, price, price_unit, tags, colour_families, status, created_at, trending_score";

    private CatalogQuery Query => plan.Query;

    public NpgsqlBatchCommand Command(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (facet, values) in plan.Filters)
        {
            var (value, type) = facet.ParameterValue(values);
            command.Parameters.Add(new NpgsqlParameter(facet.Parameter, type) { Value = value });
        }
        if (Query.MinPrice is { } min)
            command.Parameters.Add(new NpgsqlParameter("min_price", NpgsqlDbType.Numeric) { Value = min });
        if (Query.MaxPrice is { } max)
            command.Parameters.Add(new NpgsqlParameter("max_price", NpgsqlDbType.Numeric) { Value = max });
        if (plan.After is { } after)
        {
            command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = after.Id });
            command.Parameters.Add(new NpgsqlParameter("after_key", KeyType) { Value = plan.AfterKey });
        }
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = Query.PageSize + 1 });
        return command;
    }

    public string PageSql()
    {
        var (orderBy, keyset) = Ordering();
        var nameHtml = fullText ? "ts_headline('catalog_english', p.name, q.query, @headline_name)" : "p.name";
        var snippet = fullText ? "ts_headline('catalog_english', p.description, q.query, @headline_snippet)" : "left(p.description, 160)";
        return $"""
            {With()}
            select p.id, p.sku, p.kind, p.name, p.category, p.price, p.price_unit, p.tags, p.colour_families, p.status,
                   p.score, p.created_at, p.trending_score, {nameHtml}, {snippet}
            from (
                select * from (
                    select {HitColumns}, {Score()} as score
                    from {From()}
                    where {Where(includeFilters: true)}
                ) s
                where {keyset}
                order by {orderBy}
                limit @limit
            ) p{(fullText ? " cross join q" : "")}
            order by {orderBy}
            """;
    }

    public string CountsSql()
    {
        var flags = string.Concat(plan.Filters.Select(f => $", ({f.Facet.Predicate}) as f_{f.Facet.Name}"));
        var matched = $"""
            {With()}{(fullText ? "," : "with")} matched as materialized (
                select kind, category, colour_families, materials, price_band, stretch{flags}
                from {From()}
                where {Where(includeFilters: false)}
            )
            """;
        var total = $"select 'total', null::text, count(*) from matched where {FlagsExcept(null)}";
        if (!Query.IncludeFacets)
            return $"{matched}\n{total}";
        var facets = SearchFacet.All.Select(f => f.IsArray
            ? $"select '{f.Name}', v, count(*) from matched cross join unnest({f.Column}) v where {FlagsExcept(f)} group by v"
            : $"select '{f.Name}', {f.ValueSql}, count(*) from matched where {FlagsExcept(f)} and {f.Column} is not null group by {f.ValueSql}");
        return $"{matched}\n{total}\nunion all\n{string.Join("\nunion all\n", facets)}";
    }

    private NpgsqlDbType KeyType => Query.Sort switch
    {
        CatalogSort.Relevance => NpgsqlDbType.Real,
        CatalogSort.Trending => NpgsqlDbType.Double,
        CatalogSort.Newest => NpgsqlDbType.TimestampTz,
        _ => NpgsqlDbType.Numeric,
    };

    private (string OrderBy, string Keyset) Ordering()
    {
        var first = plan.After is null;
        string Descending(string column) => first ? "true" : $"({column} < @after_key or ({column} = @after_key and id > @after_id))";
        return Query.Sort switch
        {
            CatalogSort.PriceAscending => ("price, id", first ? "true" : "(price, id) > (@after_key, @after_id)"),
            CatalogSort.PriceDescending => ("price desc, id", Descending("price")),
            CatalogSort.Newest => ("created_at desc, id", Descending("created_at")),
            CatalogSort.Trending => ("trending_score desc, id", Descending("trending_score")),
            _ => ("score desc, id", Descending("score")),
        };
    }

    private string With() => fullText
        ? "with q as materialized (select websearch_to_tsquery('catalog_english', @text) || websearch_to_tsquery('catalog_english', @corrected) as query)"
        : "";

    private string From() => fullText ? "catalog_items cross join q" : "catalog_items";

    private string Score() => Query.Sort != CatalogSort.Relevance
        ? "0::real"
        : fullText ? $"ts_rank({RankWeights}, search_document, q.query)"
        : fuzzy ? "word_similarity(lower(catalog_unaccent(@corrected)), search_name)"
        : "0::real";

    private string Where(bool includeFilters)
    {
        var conditions = new List<string>();
        if (!Query.IncludeUnpublished)
            conditions.Add("status = 'published'");
        if (fullText)
            conditions.Add("search_document @@ q.query");
        if (fuzzy)
            conditions.Add("lower(catalog_unaccent(@corrected)) <% search_name");
        if (Query.MinPrice is not null)
            conditions.Add("price >= @min_price");
        if (Query.MaxPrice is not null)
            conditions.Add("price <= @max_price");
        if (includeFilters)
            conditions.AddRange(plan.Filters.Select(f => f.Facet.Predicate));
        return conditions.Count == 0 ? "true" : string.Join(" and ", conditions);
    }

    private string FlagsExcept(SearchFacet? facet)
    {
        var flags = plan.Filters.Where(f => f.Facet != facet).Select(f => $"f_{f.Facet.Name}").ToArray();
        return flags.Length == 0 ? "true" : string.Join(" and ", flags);
    }
}
