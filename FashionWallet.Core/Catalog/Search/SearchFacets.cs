using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// A facet: the query field it is selected through, its column, the values it allows, and an indexed item's values.
/// </summary>
internal sealed record SearchFacet(
    string Name, string Column, bool IsArray, IReadOnlyList<string> Values, Func<CatalogQuery, IReadOnlyList<string>> Selected, Func<IndexedItem, IEnumerable<string>> Of)
{
    public static IReadOnlyList<SearchFacet> All { get; } =
    [
        new("kind", "kind", false, CatalogKind.All, q => q.Kinds, i => [i.Kind]),
        new("category", "category", false, CatalogKind.Categories.Values.SelectMany(c => c).Distinct().ToArray(), q => q.Categories, i => [i.Category]),
        new("colour", "colour_families", true, Colour.Families, q => q.ColourFamilies, i => i.ColourFamilies),
        new("material", "materials", true, CatalogVocabulary.Materials.Keys.ToArray(), q => q.Materials, i => i.Materials),
        new("price", "price_band", false, PriceBands.All.Select(b => b.Key).ToArray(), q => q.PriceBands, i => [PriceBands.All.First(b => b.Number == i.PriceBand).Key]),
        new("stretch", "stretch", false, CatalogVocabulary.Stretches, q => q.Stretch, i => i.Stretch is null ? [] : [i.Stretch]),
    ];

    public string Parameter => "f_" + Name;

    /// <summary>This facet's place in <see cref="All"/>.</summary>
    public int Index => Position(All, this);

    /// <summary>The value's place in <see cref="Values"/>; -1 when it is not one of them.</summary>
    public int IndexOf(string value) => Position(Values, value);

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

    private static int Position<T>(IReadOnlyList<T> list, T value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
                return i;
        }
        return -1;
    }
}
