using System.Text.Json;
using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>Maps <c>catalog_items</c> and <c>catalog_item_versions</c> rows to their records.</summary>
internal static class CatalogItemReader
{
    public const string ItemColumns =
        "id, sku, kind, name, description, category, tags, attributes::text, status, version, content_hash, price, price_unit, " +
        "materials, colour_families, stretch, view_count, use_count, trending_score, created_at, updated_at, published_at, created_by, updated_by";

    public const string VersionColumns =
        "item_id, version, change, restored_from, changed_by, changed_at, content_hash, sku, kind, name, description, category, tags, attributes::text, status";

    public static CatalogItem Item(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetFieldValue<string[]>(6), Json(r.GetString(7)), r.GetString(8), r.GetInt32(9), r.GetString(10),
        r.GetDecimal(11), r.GetString(12), r.GetFieldValue<string[]>(13), r.GetFieldValue<string[]>(14),
        r.IsDBNull(15) ? null : r.GetString(15), r.GetInt64(16), r.GetInt64(17), r.GetDouble(18),
        r.GetFieldValue<DateTimeOffset>(19), r.GetFieldValue<DateTimeOffset>(20),
        r.IsDBNull(21) ? null : r.GetFieldValue<DateTimeOffset>(21),
        r.IsDBNull(22) ? null : r.GetGuid(22), r.IsDBNull(23) ? null : r.GetGuid(23));

    public static CatalogItemVersion Version(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3),
        r.IsDBNull(4) ? null : r.GetGuid(4), r.GetFieldValue<DateTimeOffset>(5), r.GetString(6),
        CatalogItemInput.Of(r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
            r.GetFieldValue<string[]>(12), r.GetString(14), Json(r.GetString(13))));

    public static async Task<List<T>> ListAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(map(reader));
        return list;
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
