namespace FashionWallet.Catalog;

/// <summary>
/// What search, facets and similarity read, computed from a valid item at write time so that queries compare plain
/// columns instead of digging through jsonb.
/// </summary>
public sealed record CatalogDerived(
    decimal Price,
    string PriceUnit,
    short PriceBand,
    string[] Materials,
    string MaterialText,
    string[] ColourFamilies,
    string? Stretch,
    float[] Palette,
    float[] FeatureVector)
{
    public static CatalogDerived From(ValidCatalogItem item)
    {
        var attributes = item.Attributes;
        var palette = CatalogArtwork.Draw(item).Palette;
        var price = attributes.Price();
        return new CatalogDerived(
            price,
            CatalogKind.PriceUnit(item.Kind),
            PriceBands.For(price),
            attributes.MaterialNames().Distinct().ToArray(),
            attributes.MaterialText(),
            ColourFamiliesOf(item),
            attributes.StretchLevel(),
            SimilarityFeatures.Palette(palette),
            SimilarityFeatures.Vector(attributes));
    }

    // Families come from the colours an item is sold in, not its drawing: a silhouette's calico toile is no colour choice.
    private static string[] ColourFamiliesOf(ValidCatalogItem item) => item.Attributes is SilhouetteAttributes
        ? []
        : item.Attributes.NamedColours().Select(c => Colour.FromHex(c.Hex).Family()).Distinct().ToArray();
}
