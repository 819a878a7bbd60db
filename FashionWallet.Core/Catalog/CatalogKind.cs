namespace FashionWallet.Catalog;

/// <summary>The four kinds of catalog item and the categories each one allows.</summary>
public static class CatalogKind
{
    public const string Silhouette = "silhouette";
    public const string Fabric = "fabric";
    public const string Print = "print";
    public const string Element = "element";

    public static IReadOnlyList<string> All { get; } = [Silhouette, Fabric, Print, Element];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Categories { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Silhouette] = ["tops", "bottoms", "dresses", "outerwear", "activewear", "traditional"],
        [Fabric] = ["shirting", "suiting", "dress-weight", "denim", "jersey", "knitwear", "outerwear", "lining", "technical", "specialty"],
        [Print] = ["floral", "geometric", "stripe", "check", "dot", "abstract", "animal", "paisley", "traditional"],
        [Element] = ["buttons", "zips", "pockets", "collars", "cuffs", "trims"],
    };

    public static string Of(CatalogAttributes attributes) => attributes switch
    {
        SilhouetteAttributes => Silhouette,
        FabricAttributes => Fabric,
        PrintAttributes => Print,
        ElementAttributes => Element,
        _ => throw new ArgumentException($"Unknown attributes type {attributes.GetType().Name}.", nameof(attributes)),
    };

    /// <summary>What the item's price is for: a metre of cloth, one piece of trim, or making one garment.</summary>
    public static string PriceUnit(string kind) => kind switch
    {
        Fabric or Print => "metre",
        Element => "piece",
        _ => "garment",
    };
}

/// <summary>An item is a draft until published; archived items stay for history but leave the catalog.</summary>
public static class CatalogStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";

    public static IReadOnlyList<string> All { get; } = [Draft, Published, Archived];
}
