using System.Globalization;
using FashionWallet.Catalog;

namespace FashionWallet.Web.Catalog;

/// <summary>How catalog values read on the page.</summary>
public static class CatalogFormat
{
    private static readonly CultureInfo Money = CultureInfo.GetCultureInfo("en-IE");

    public static string Price(decimal price, string unit) => $"{price.ToString("C", Money)} / {unit switch { "metre" => "m", _ => unit }}";

    public static string FacetLabel(string facet) => facet switch
    {
        "kind" => "Kind",
        "category" => "Category",
        "colour" => "Colour",
        "material" => "Material",
        "price" => "Price",
        "stretch" => "Stretch",
        _ => facet,
    };

    public static string FacetValue(string facet, string value) => facet switch
    {
        "price" => PriceBands.Find(value) is { } band
            ? band.To is { } to ? band.From == 0 ? $"Under {to.ToString("C0", Money)}" : $"{band.From.ToString("C0", Money)}–{to.ToString("C0", Money)}" : $"{band.From.ToString("C0", Money)}+"
            : value,
        _ => Words(value),
    };

    /// <summary>Values worth showing (matching something, or selected): price bands in price order, the rest as the API
    /// ranks them (most matches first), selected ones first among equals.</summary>
    public static IReadOnlyList<CatalogFacetValue> FacetOrder(CatalogFacet facet)
    {
        var values = facet.Values.Where(v => v.Count > 0 || v.Selected);
        return (facet.Name == "price"
            ? values.OrderBy(v => PriceBands.Find(v.Value)?.Number ?? short.MaxValue)
            : values.OrderByDescending(v => v.Selected).ThenByDescending(v => v.Count)).ToArray();
    }

    /// <summary>"mid-thigh" → "mid thigh", "weightGsm" → "weight gsm".</summary>
    public static string Words(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (char.IsUpper(c) && builder.Length > 0)
                builder.Append(' ');
            builder.Append(c is '-' or '_' ? ' ' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
