namespace FashionWallet.Catalog;

/// <summary>A colour an item's artwork paints and the share of the artwork's area it covers (0 to 1).</summary>
public sealed record PaletteColour(Colour Colour, double Coverage);

/// <summary>The drawn artwork of an item: a thumbnail, a tileable texture (fabrics and prints) and the palette they paint.</summary>
public sealed record CatalogArtworkSet(string ThumbnailSvg, string? TextureSvg, IReadOnlyList<PaletteColour> Palette);

/// <summary>Accumulates painted area per colour, so the palette comes from what the artwork really shows.</summary>
internal sealed class Coverage
{
    private readonly Dictionary<Colour, double> _area = [];

    public void Add(Colour colour, double area) => _area[colour] = _area.GetValueOrDefault(colour) + area;

    /// <summary>The <paramref name="count"/> colours covering most area, with shares that add up to 1.</summary>
    public IReadOnlyList<PaletteColour> Top(int count)
    {
        var top = _area.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Hex, StringComparer.Ordinal).Take(count).ToArray();
        var total = top.Sum(kv => kv.Value);
        return top.Select(kv => new PaletteColour(kv.Key, kv.Value / total)).ToArray();
    }
}
