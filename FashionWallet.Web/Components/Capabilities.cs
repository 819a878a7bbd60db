namespace FashionWallet.Web.Components;

/// <summary>The product's capabilities in build order; a capability turns into a link when its pages exist.</summary>
public sealed record Capability(string Name, string Summary, string? Path)
{
    public bool Available => Path is not null;
}

public static class Capabilities
{
    public static IReadOnlyList<Capability> All { get; } =
    [
        new("Catalog", "Silhouettes, fabrics, prints and trims with fast, typo-tolerant search", "/catalog"),
        new("Avatars", "A 3D avatar with your real measurements from two photos", "/avatars"),
        new("Studio", "Design garments on your avatar in 2D and 3D", "/designs"),
        new("Exports", "Renders, turntable video, tech packs and patterns", null),
    ];
}
