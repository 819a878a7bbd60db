using FashionWallet.Catalog;
using FashionWallet.Designs;
using FashionWallet.Designs.Garments;

namespace FashionWallet.Api.Designs;

/// <summary>
/// What a design looks like, resolved from the catalog: the garment's spec (none until a silhouette is chosen), each
/// panel's colour (its own, else its fabric's first colourway) and the first visible print's tile. A hidden fabric or
/// print layer hides what it stands for, so show/hide in the layer panel shows in both views.
/// </summary>
internal sealed record DesignLook(GarmentSpec? Spec, IReadOnlyDictionary<string, Colour> PanelColours, string? PrintTileSvg, double PrintScale)
{
    /// <summary>Drawing units of one print repeat at scale 1 (the flat is about 300 units high).</summary>
    private const double PrintRepeat = 24;

    public static async Task<DesignLook> ResolveAsync(DesignDocument document, CatalogStore catalog, CancellationToken cancellationToken)
    {
        var spec = document.Garment.SilhouetteId is { } silhouetteId && await catalog.GetAsync(silhouetteId, cancellationToken) is { Kind: CatalogKind.Silhouette } item
            && CatalogJson.ParseAttributes(item.Kind, item.Attributes) is SilhouetteAttributes attributes
                ? GarmentSpec.From(attributes, item.Category, item.Name)
                : null;

        var hiddenFabrics = document.Layers.Where(l => !l.Visible && l.Kind == LayerKinds.Fabric && l.Properties.ContainsKey(StudioLayerProperties.Item))
            .SelectMany(l => (l.Properties.GetValueOrDefault(StudioLayerProperties.Panel) ?? "").Split(',').Select(panel => (l.Properties[StudioLayerProperties.Item], panel)))
            .ToHashSet();
        var colours = new Dictionary<string, Colour>();
        var fabricColours = new Dictionary<Guid, Colour?>();
        foreach (var (panel, style) in document.Garment.Panels)
        {
            if (Colour.TryParseHex(style.Colour, out var own))
                colours[panel] = own;
            else if (style.FabricId is { } fabricId && !hiddenFabrics.Contains((fabricId.ToString(), panel)))
            {
                if (!fabricColours.TryGetValue(fabricId, out var fabricColour))
                    fabricColours[fabricId] = fabricColour = await FabricColourAsync(catalog, fabricId, cancellationToken);
                if (fabricColour is { } colour)
                    colours[panel] = colour;
            }
        }

        var hiddenPrints = document.Layers.Where(l => !l.Visible && l.Properties.ContainsKey(StudioLayerProperties.Print))
            .Select(l => l.Properties[StudioLayerProperties.Print]).ToHashSet(StringComparer.Ordinal);
        string? tile = null;
        var scale = 1.0;
        foreach (var print in document.Prints.Where(p => !hiddenPrints.Contains(p.Id)))
        {
            if ((await catalog.GetArtworkAsync(print.PrintId, cancellationToken))?.TextureSvg is { } svg)
            {
                (tile, scale) = (svg, print.Scale);
                break;
            }
        }
        return new DesignLook(spec, colours, tile, PrintRepeat * Math.Clamp(scale, 0.1, 10));
    }

    private static async Task<Colour?> FabricColourAsync(CatalogStore catalog, Guid fabricId, CancellationToken cancellationToken) =>
        await catalog.GetAsync(fabricId, cancellationToken) is { Kind: CatalogKind.Fabric } fabric
            && CatalogJson.ParseAttributes(fabric.Kind, fabric.Attributes) is FabricAttributes { Colourways.Count: > 0 } attributes
            && Colour.TryParseHex(attributes.Colourways[0].Hex, out var colour)
                ? colour
                : null;
}

/// <summary>The layer properties the studio writes, so a layer knows what it stands for in the document.</summary>
internal static class StudioLayerProperties
{
    /// <summary>The catalog item the layer was made from.</summary>
    public const string Item = "item";

    /// <summary>The placed print's id (prints a hidden layer stands for are left out of the flat).</summary>
    public const string Print = "print";

    public const string Panel = "panel";
}
