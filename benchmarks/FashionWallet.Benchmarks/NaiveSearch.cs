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
        var conditions = new List<string> { "status = 'published'" };
        conditions.AddRange(words.Select((_, i) => $"(name ilike @w{i} or description ilike @w{i})"));
        if (query.Kinds.Count > 0)
            conditions.Add("kind = any(@kinds)");
        if (query.Categories.Count > 0)
            conditions.Add("category = any(@categories)");
        if (query.ColourFamilies.Count > 0)
            conditions.Add("colour_families && @colours");
        if (query.Materials.Count > 0)
            conditions.Add("materials && @materials");
        if (query.Stretch.Count > 0)
            conditions.Add("stretch = any(@stretch)");
        if (query.PriceBands.Count > 0)
            conditions.Add("price_band = any(@bands)");
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
            command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Kinds.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Categories.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("colours", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.ColourFamilies.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("materials", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Materials.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("stretch", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Stretch.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("bands", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = query.PriceBands.Select(b => PriceBands.Find(b)!.Number).ToArray() });
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
