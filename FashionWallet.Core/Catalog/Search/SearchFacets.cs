using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>A facet: the query field it is selected through, its column, and the values it allows.</summary>
internal sealed record SearchFacet(string Name, string Column, bool IsArray, IReadOnlyList<string> Values, Func<CatalogQuery, IReadOnlyList<string>> Selected)
{
    public static IReadOnlyList<SearchFacet> All { get; } =
    [
        new("kind", "kind", false, CatalogKind.All, q => q.Kinds),
        new("category", "category", false, CatalogKind.Categories.Values.SelectMany(c => c).Distinct().ToArray(), q => q.Categories),
        new("colour", "colour_families", true, Colour.Families, q => q.ColourFamilies),
        new("material", "materials", true, CatalogVocabulary.Materials.Keys.ToArray(), q => q.Materials),
        new("price", "price_band", false, PriceBands.All.Select(b => b.Key).ToArray(), q => q.PriceBands),
        new("stretch", "stretch", false, CatalogVocabulary.Stretches, q => q.Stretch),
    ];

    public string Parameter => "f_" + Name;

    /// <summary>Price bands are stored as their number; everything else as text.</summary>
    public (object Value, NpgsqlDbType Type) ParameterValue(IReadOnlyList<string> selected) => Name == "price"
        ? (selected.Select(key => PriceBands.Find(key)!.Number).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint)
        : (selected.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public string Predicate => IsArray ? $"{Column} && @{Parameter}" : $"{Column} = any(@{Parameter})";

    /// <summary>The SQL that lists a row's values of this facet, for counting.</summary>
    public string ValueSql => Name switch
    {
        "price" => "price_band::text",
        _ => Column,
    };

    public string DisplayValue(string stored) => Name == "price" ? PriceBands.All.First(b => b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == stored).Key : stored;
}
