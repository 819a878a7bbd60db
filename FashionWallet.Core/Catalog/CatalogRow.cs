using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// One row of <c>catalog_items</c> as written: the same columns and values for a parameterised INSERT/UPDATE and for
/// a binary COPY, so the store and the bulk loader cannot drift apart.
/// </summary>
internal sealed record CatalogRow(
    Guid Id,
    ValidCatalogItem Item,
    CatalogDerived Derived,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    Guid? CreatedBy,
    Guid? UpdatedBy)
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "sku", "kind", "name", "description", "category", "tags", "attributes", "status", "version", "content_hash",
        "price", "price_unit", "price_band", "materials", "material_text", "colour_families", "stretch", "palette",
        "feature_vector", "created_at", "updated_at", "published_at", "created_by", "updated_by",
    ];

    /// <summary>Columns an update rewrites (everything but identity and creation).</summary>
    public static IReadOnlyList<string> UpdatableColumns { get; } = Columns.Except(["id", "created_at", "created_by"]).ToArray();

    public IEnumerable<(string Column, object? Value, NpgsqlDbType Type)> Values()
    {
        yield return ("id", Id, NpgsqlDbType.Uuid);
        yield return ("sku", Item.Sku, NpgsqlDbType.Text);
        yield return ("kind", Item.Kind, NpgsqlDbType.Text);
        yield return ("name", Item.Name, NpgsqlDbType.Text);
        yield return ("description", Item.Description, NpgsqlDbType.Text);
        yield return ("category", Item.Category, NpgsqlDbType.Text);
        yield return ("tags", Item.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        yield return ("attributes", Item.AttributesJson(), NpgsqlDbType.Jsonb);
        yield return ("status", Item.Status, NpgsqlDbType.Text);
        yield return ("version", Version, NpgsqlDbType.Integer);
        yield return ("content_hash", Item.ContentHash(), NpgsqlDbType.Text);
        yield return ("price", Derived.Price, NpgsqlDbType.Numeric);
        yield return ("price_unit", Derived.PriceUnit, NpgsqlDbType.Text);
        yield return ("price_band", Derived.PriceBand, NpgsqlDbType.Smallint);
        yield return ("materials", Derived.Materials, NpgsqlDbType.Array | NpgsqlDbType.Text);
        yield return ("material_text", Derived.MaterialText, NpgsqlDbType.Text);
        yield return ("colour_families", Derived.ColourFamilies, NpgsqlDbType.Array | NpgsqlDbType.Text);
        yield return ("stretch", Derived.Stretch, NpgsqlDbType.Text);
        yield return ("palette", Derived.Palette, NpgsqlDbType.Array | NpgsqlDbType.Real);
        yield return ("feature_vector", Derived.FeatureVector, NpgsqlDbType.Array | NpgsqlDbType.Real);
        yield return ("created_at", CreatedAt, NpgsqlDbType.TimestampTz);
        yield return ("updated_at", UpdatedAt, NpgsqlDbType.TimestampTz);
        yield return ("published_at", PublishedAt, NpgsqlDbType.TimestampTz);
        yield return ("created_by", CreatedBy, NpgsqlDbType.Uuid);
        yield return ("updated_by", UpdatedBy, NpgsqlDbType.Uuid);
    }

    public void AddParameters(NpgsqlParameterCollection parameters)
    {
        foreach (var (column, value, type) in Values())
            parameters.Add(new NpgsqlParameter(column, type) { Value = value ?? DBNull.Value });
    }

    public async Task WriteAsync(NpgsqlBinaryImporter importer, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        foreach (var (_, value, type) in Values())
        {
            if (value is null)
                await importer.WriteNullAsync(cancellationToken);
            else
                await importer.WriteAsync(value, type, cancellationToken);
        }
    }

    public static string InsertSql { get; } =
        $"insert into catalog_items ({string.Join(", ", Columns)}) values ({string.Join(", ", Columns.Select(c => "@" + c))})";

    public static string UpdateSql { get; } =
        $"update catalog_items set {string.Join(", ", UpdatableColumns.Select(c => $"{c} = @{c}"))} where id = @id";

    public static string CopySql { get; } = $"copy catalog_items ({string.Join(", ", Columns)}) from stdin (format binary)";
}
