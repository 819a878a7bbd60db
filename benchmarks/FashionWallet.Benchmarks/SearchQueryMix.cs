using FashionWallet.Catalog;

namespace FashionWallet.Benchmarks;

/// <summary>The fixed query mix, five shapes in turn: one word, several words, a typo, facet-filtered, sorted by price.</summary>
internal static class SearchQueryMix
{
    public static IReadOnlyList<CatalogQuery> Queries { get; } =
    [
        new() { Text = "cotton" },
        new() { Text = "washed cotton poplin" },
        new() { Text = "chifon" },
        new() { Text = "dress", Kinds = [CatalogKind.Print, CatalogKind.Fabric], ColourFamilies = ["blue", "green"] },
        new() { Text = "linen", Sort = CatalogSort.PriceAscending },
        new() { Text = "button" },
        new() { Text = "wool flannel suiting" },
        new() { Text = "gabardin" },
        new() { Kinds = [CatalogKind.Fabric], Materials = ["silk"], Stretch = ["none"] },
        new() { Text = "zip", Sort = CatalogSort.PriceDescending },
        new() { Text = "floral" },
        new() { Text = "brass shank blazer button" },
        new() { Text = "jersy" },
        new() { Text = "shirt", Categories = ["tops"], PriceBands = ["5-15", "15-30"] },
        new() { Kinds = [CatalogKind.Fabric], Sort = CatalogSort.PriceAscending },
    ];
}
