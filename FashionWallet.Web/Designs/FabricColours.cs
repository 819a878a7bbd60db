using FashionWallet.Designs;
using FashionWallet.Web.Catalog;

namespace FashionWallet.Web.Designs;

/// <summary>The colour a fabric shows on a panel without a colour of its own: the fabric's first colourway.</summary>
public static class FabricColours
{
    public static async Task<string?> OfAsync(CatalogClient catalog, Guid fabricId, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetItemAsync(fabricId, cancellationToken)).Value;
        return item is not null && item.Attributes.TryGetProperty("colourways", out var colourways) && colourways.GetArrayLength() > 0
            ? colourways[0].GetProperty("hex").GetString()?.ToLowerInvariant()
            : null;
    }

    /// <summary>The colours of every fabric the design's panels wear, by fabric id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OfPanelsAsync(CatalogClient catalog, DesignDocument document, CancellationToken cancellationToken)
    {
        var fabricIds = document.Garment.Panels.Values.Select(p => p.FabricId).OfType<Guid>().Distinct().ToArray();
        var colours = await Task.WhenAll(fabricIds.Select(id => OfAsync(catalog, id, cancellationToken)));
        return fabricIds.Zip(colours).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);
    }
}
