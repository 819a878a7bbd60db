using System.Collections.Immutable;

namespace FashionWallet.Designs;

/// <summary>
/// What a design is made of, stored as one jsonb value. Immutable: every operation makes a new document, so the old
/// one stays valid for undo and for comparing. Layers are kept sorted by (order, id) so equal documents serialise alike.
/// </summary>
public sealed record DesignDocument
{
    public Garment Garment { get; init; } = Garment.Empty;

    public ImmutableList<PlacedPrint> Prints { get; init; } = [];

    public ImmutableList<PlacedElement> Elements { get; init; } = [];

    public ImmutableList<Layer> Layers { get; init; } = [];

    public ImmutableList<Colourway> Colourways { get; init; } = [];

    public string? ActiveColourwayId { get; init; }

    public static DesignDocument Blank { get; } = new();

    public Layer? FindLayer(string? id) => Layers.Find(l => l.Id == id);

    /// <summary>This document with its layers in stacking order (ties, from concurrent moves, broken by id).</summary>
    public DesignDocument WithLayers(IEnumerable<Layer> layers) =>
        this with { Layers = [.. layers.OrderBy(l => l.Order, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal)] };
}

/// <summary>The garment: a catalog silhouette, and a fabric and colour for each of its panels (front, back, sleeves, collar...).</summary>
public sealed record Garment(Guid? SilhouetteId, ImmutableSortedDictionary<string, PanelStyle> Panels)
{
    public static Garment Empty { get; } = new(null, ImmutableSortedDictionary<string, PanelStyle>.Empty);
}

/// <summary>A panel's catalog fabric and its colour (#rrggbb); a panel with neither is not kept.</summary>
public sealed record PanelStyle(Guid? FabricId, string? Colour)
{
    public bool IsEmpty => FabricId is null && Colour is null;
}

/// <summary>A catalog print placed on the garment: scale 1 is the print's own size, rotation in degrees, offsets in fractions of its repeat.</summary>
public sealed record PlacedPrint(string Id, Guid PrintId, double Scale, double Rotation, double OffsetX, double OffsetY);

/// <summary>A catalog design element (button, pocket...) placed in a zone of the garment, at a position in that zone (0 to 1), repeated count times.</summary>
public sealed record PlacedElement(string Id, Guid ElementId, string Zone, double X, double Y, int Count);

/// <summary>A layer in the studio's layer panel. Order is a fractional index: layers are stacked by it, lowest first.</summary>
public sealed record Layer(string Id, string Name, string Kind, string Order, bool Visible, bool Locked, ImmutableSortedDictionary<string, string> Properties);

public static class LayerKinds
{
    public const string Silhouette = "silhouette";
    public const string Fabric = "fabric";
    public const string Print = "print";
    public const string Element = "element";
    public const string Accessory = "accessory";

    public static readonly IReadOnlyList<string> All = [Silhouette, Fabric, Print, Element, Accessory];
}

/// <summary>A named variant of the garment's colours and fabrics, per panel; applying it sets those panels.</summary>
public sealed record Colourway(string Id, string Name, ImmutableSortedDictionary<string, PanelStyle> Panels);
