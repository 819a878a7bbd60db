using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>Small valid items for tests that need one of each kind, and a way to vary them.</summary>
internal static class CatalogTestItems
{
    public static FabricAttributes Fabric(decimal price = 12.5m, string hex = "#1F2A44", string stretch = "none") => new(
        [new FibreShare("cotton", 98), new FibreShare("elastane", 2)], 180, "twill", stretch, "medium", "opaque", 148, price,
        ["machine-wash-30"], [new Colourway("Navy", hex), new Colourway("Ecru", "#F3EBDD")]);

    public static CatalogItemInput FabricInput(string sku, string name = "Test Twill", decimal price = 12.5m, string status = CatalogStatus.Draft, string hex = "#1F2A44") =>
        CatalogItemInput.For(sku, name, $"{name}, a test cloth.", "dress-weight", ["test"], Fabric(price, hex), status);

    public static CatalogItemInput Silhouette(string sku) => CatalogItemInput.For(sku, "Test Shirt", "A shirt.", "tops", ["shirt"],
        new SilhouetteAttributes("shirt", "regular", "hip", "collared", "long", "buttons", new Ease(16, 18, 14), 108,
            [new LandmarkLength("body", "nape", "hip", 4)], 14.5m));

    public static CatalogItemInput Print(string sku) => CatalogItemInput.For(sku, "Test Stripe", "A stripe.", "stripe", ["stripe"],
        new PrintAttributes(2.4m, 2.4m, "block", "yarn-dyed", [new Colourway("Navy", "#1F2A44"), new Colourway("Ecru", "#F3EBDD")], 4.5m));

    public static CatalogItemInput Element(string sku) => CatalogItemInput.For(sku, "Test Button", "A button.", "buttons", ["button"],
        new ElementAttributes("four-hole", new ElementSize(15, 3.5m), "corozo", [new Colourway("Ecru", "#F3EBDD")], 0.45m,
            new PlacementRules(["centre-front"], 12, ["tops"], 80)));
}
