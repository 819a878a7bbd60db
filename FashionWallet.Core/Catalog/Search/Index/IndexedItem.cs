namespace FashionWallet.Catalog;

/// <summary>What the in-memory index keeps of a catalog item: the searchable text, the facets and the sort keys.</summary>
internal sealed record IndexedItem(
    Guid Id,
    string Sku,
    string Kind,
    string Name,
    string Description,
    string Category,
    string[] Tags,
    string MaterialText,
    string[] Materials,
    string[] ColourFamilies,
    decimal Price,
    string PriceUnit,
    short PriceBand,
    string? Stretch,
    string Status,
    DateTimeOffset CreatedAt,
    double TrendingScore)
{
    public const string Columns =
        "id, sku, kind, name, description, category, tags, material_text, materials, colour_families, price, price_unit, " +
        "price_band, stretch, status, created_at, trending_score";

    public static IndexedItem Read(Npgsql.NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetFieldValue<string[]>(6), r.GetString(7), r.GetFieldValue<string[]>(8), r.GetFieldValue<string[]>(9),
        r.GetDecimal(10), r.GetString(11), r.GetInt16(12), r.IsDBNull(13) ? null : r.GetString(13), r.GetString(14),
        r.GetFieldValue<DateTimeOffset>(15), r.GetDouble(16));
}
