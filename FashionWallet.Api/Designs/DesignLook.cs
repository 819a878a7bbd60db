using System.Security.Cryptography;
using System.Text;
using FashionWallet.Catalog;
using FashionWallet.Designs;
using FashionWallet.Designs.Garments;

namespace FashionWallet.Api.Designs;

/// <summary>
/// What a design looks like, resolved from the catalog: the garment's spec (none until a silhouette is chosen), each
/// panel's colour (its own, else its fabric's first colourway) and weave (its fabric's), and the first visible print's tile. A hidden fabric or
/// print layer hides what it stands for, so show/hide in the layer panel shows in both views. <see cref="CatalogKey"/>
/// names the versions of the catalog items it was drawn from, so a cached view moves on when one of them is edited.
/// </summary>
internal sealed record DesignLook(
    GarmentSpec? Spec, IReadOnlyDictionary<string, Colour> PanelColours, IReadOnlyDictionary<string, string> PanelWeaves, string? PrintTileSvg, double PrintScale, string CatalogKey)
{
    /// <summary>Drawing units of one print repeat at scale 1 (the flat is about 300 units high).</summary>
    private const double PrintRepeat = 24;

    public static async Task<DesignLook> ResolveAsync(DesignDocument document, CatalogStore catalog, CancellationToken cancellationToken)
    {
        var items = await catalog.GetManyAsync(ReferencedItems(document), cancellationToken);

        var spec = document.Garment.SilhouetteId is { } silhouetteId && items.GetValueOrDefault(silhouetteId) is { Kind: CatalogKind.Silhouette } item
            && CatalogJson.ParseAttributes(item.Kind, item.Attributes) is SilhouetteAttributes attributes
                ? GarmentSpec.From(attributes, item.Category, item.Name)
                : null;

        var hiddenFabrics = document.Layers.Where(l => !l.Visible && l.Kind == LayerKinds.Fabric && l.Properties.ContainsKey(StudioLayerProperties.Item))
            .SelectMany(l => (l.Properties.GetValueOrDefault(StudioLayerProperties.Panel) ?? "").Split(',').Select(panel => (l.Properties[StudioLayerProperties.Item], panel)))
            .ToHashSet();
        var colours = new Dictionary<string, Colour>();
        var weaves = new Dictionary<string, string>();
        foreach (var (panel, style) in document.Garment.Panels)
        {
            var fabric = style.FabricId is { } fabricId && !hiddenFabrics.Contains((fabricId.ToString(), panel))
                && items.GetValueOrDefault(fabricId) is { Kind: CatalogKind.Fabric } fabricItem && CatalogJson.ParseAttributes(fabricItem.Kind, fabricItem.Attributes) is FabricAttributes fabricAttributes
                    ? fabricAttributes
                    : null;
            if (Colour.TryParseHex(style.Colour, out var own))
                colours[panel] = own;
            else if (fabric is { Colourways.Count: > 0 } && Colour.TryParseHex(fabric.Colourways[0].Hex, out var colour))
                colours[panel] = colour;
            if (fabric is not null)
                weaves[panel] = fabric.Weave;
        }

        var hiddenPrints = document.Layers.Where(l => !l.Visible && l.Properties.ContainsKey(StudioLayerProperties.Print))
            .Select(l => l.Properties[StudioLayerProperties.Print]).ToHashSet(StringComparer.Ordinal);
        var print = document.Prints.Where(p => !hiddenPrints.Contains(p.Id))
            .Select(p => (Tile: items.GetValueOrDefault(p.PrintId) is { } printItem ? CatalogStore.ArtworkOf(printItem)?.TextureSvg : null, p.Scale))
            .FirstOrDefault(p => p.Tile is not null);
        return new DesignLook(spec, colours, weaves, print.Tile, PrintRepeat * Math.Clamp(print.Tile is null ? 1 : print.Scale, 0.1, 10), CatalogKeyOf(items.Values));
    }

    private static Guid[] ReferencedItems(DesignDocument document) =>
    [
        .. document.Garment.SilhouetteId is { } silhouetteId ? [silhouetteId] : Array.Empty<Guid>(),
        .. document.Garment.Panels.Values.Select(p => p.FabricId).OfType<Guid>(),
        .. document.Prints.Select(p => p.PrintId),
    ];

    private static string CatalogKeyOf(IEnumerable<CatalogItem> items) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', items.OrderBy(i => i.Id).Select(i => $"{i.Id:N}:{i.Version}")))))[..16];
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
