using FashionWallet.Catalog;
using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Benchmarks;

/// <summary>
/// The baseline a first version would write: every word must appear (ILIKE '%word%') in the name or description,
/// with the same facet filters and sort, one page of 24 plus a total count. No ranking, typo tolerance or facets.
/// </summary>
internal static class NaiveSearch
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, CatalogQuery query)
    {
        var words = (query.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var filters = new (string Sql, object Value, NpgsqlDbType Type)[]
        {
            ("kind = any(@p0)", query.Kinds.ToArray(), NpgsqlDbType.Text),
            ("category = any(@p1)", query.Categories.ToArray(), NpgsqlDbType.Text),
            ("colour_families && @p2", query.ColourFamilies.ToArray(), NpgsqlDbType.Text),
            ("materials && @p3", query.Materials.ToArray(), NpgsqlDbType.Text),
            ("stretch = any(@p4)", query.Stretch.ToArray(), NpgsqlDbType.Text),
            ("price_band = any(@p5)", query.PriceBands.Select(b => PriceBands.Find(b)!.Number).ToArray(), NpgsqlDbType.Smallint),
        };
        var conditions = new List<string> { "status = 'published'" };
        conditions.AddRange(words.Select((_, i) => $"(name ilike @w{i} or description ilike @w{i})"));
        conditions.AddRange(filters.Where(f => ((Array)f.Value).Length > 0).Select(f => f.Sql));
        var where = string.Join(" and ", conditions);
        var order = query.Sort switch
        {
            CatalogSort.PriceAscending => "price, id",
            CatalogSort.PriceDescending => "price desc, id",
            _ => "name, id",
        };

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"select id, sku, name, price from catalog_items where {where} order by {order} limit 24"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"select count(*) from catalog_items where {where}"));
        foreach (var command in batch.BatchCommands)
        {
            for (var i = 0; i < words.Length; i++)
                command.Parameters.Add(new NpgsqlParameter($"w{i}", NpgsqlDbType.Text) { Value = $"%{words[i]}%" });
            for (var i = 0; i < filters.Length; i++)
                command.Parameters.Add(new NpgsqlParameter($"p{i}", NpgsqlDbType.Array | filters[i].Type) { Value = filters[i].Value });
        }
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
            }
        }
        while (await reader.NextResultAsync());
    }
}
