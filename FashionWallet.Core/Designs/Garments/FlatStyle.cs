using FashionWallet.Catalog;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// How a flat is coloured: a colour per panel name (panels not listed are calico), and optionally a print (one
/// repeat as SVG, like the catalog's print tiles) on the panels listed in <see cref="PrintedPanels"/>, or on all.
/// </summary>
public sealed record FlatStyle(IReadOnlyDictionary<string, Colour> PanelColours)
{
    public string? PrintTileSvg { get; init; }

    /// <summary>The print's repeat on the drawing, in drawing units (the figure is about 300 high).</summary>
    public double PrintScale { get; init; } = 24;

    public IReadOnlyCollection<string>? PrintedPanels { get; init; }

    public Colour Line { get; init; } = Colour.FromHex("#2B2B2B");

    public Colour ColourOf(string panel) => PanelColours.TryGetValue(panel, out var colour) ? colour : GarmentScene.Calico;

    public bool IsPrinted(string panel) => PrintTileSvg is not null && (PrintedPanels is null || PrintedPanels.Contains(panel));
}
