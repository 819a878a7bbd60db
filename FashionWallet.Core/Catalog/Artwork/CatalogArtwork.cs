namespace FashionWallet.Catalog;

/// <summary>
/// Draws every item's artwork from its attributes: fabrics get a swatch of their weave in the first colourway with
/// chips of the others, prints a 2 x 2 field of their repeat, silhouettes a technical flat, elements an icon.
/// The palette is what the thumbnail paints, weighted by area, so similarity compares what a person sees.
/// </summary>
public static class CatalogArtwork
{
    private const int Thumbnail = 160;
    private const int PaletteSize = 5;

    public static CatalogArtworkSet Draw(ValidCatalogItem item)
    {
        var coverage = new Coverage();
        switch (item.Attributes)
        {
            case FabricAttributes fabric:
            {
                var colours = fabric.Colourways.Select(c => Colour.FromHex(c.Hex)).ToArray();
                var svg = new Svg(Thumbnail, Thumbnail);
                FabricTexture.Paint(svg, fabric.Weave, colours[0], coverage, 2, Thumbnail);
                DrawChips(svg, colours.Skip(1).ToArray(), coverage);
                return new CatalogArtworkSet(svg.ToString(), FabricTexture.Draw(fabric.Weave, colours[0]), coverage.Top(PaletteSize));
            }
            case PrintAttributes print:
            {
                var colours = print.Colours.Select(c => Colour.FromHex(c.Hex)).ToArray();
                var tile = PrintTile.Draw(item.Category, colours, coverage);
                return new CatalogArtworkSet(TileField(tile), tile, coverage.Top(PaletteSize));
            }
            case SilhouetteAttributes silhouette:
            {
                var named = silhouette.NamedColours();
                var drawing = SilhouetteDrawing.Draw(item.Category, silhouette, Colour.FromHex(named[0].Hex), Colour.FromHex(named[1].Hex), coverage);
                return new CatalogArtworkSet(drawing, null, coverage.Top(PaletteSize));
            }
            case ElementAttributes element:
            {
                var icon = ElementIcon.Draw(item.Category, Colour.FromHex(element.Colours[0].Hex), coverage);
                foreach (var extra in element.Colours.Skip(1))
                    coverage.Add(Colour.FromHex(extra.Hex), 0.1);
                return new CatalogArtworkSet(icon, null, coverage.Top(PaletteSize));
            }
            default:
                throw new ArgumentException($"No artwork for {item.Attributes.GetType().Name}.", nameof(item));
        }
    }

    private static void DrawChips(Svg svg, IReadOnlyList<Colour> others, Coverage coverage)
    {
        const int chip = 22;
        for (var i = 0; i < Math.Min(others.Count, 6); i++)
        {
            svg.Rect(6 + (i * (chip + 4)), Thumbnail - chip - 6, chip, chip, others[i], radius: 3);
            coverage.Add(others[i], chip * chip);
        }
    }

    /// <summary>The tile repeated 2 x 2, so the repeat reads as cloth rather than as a single motif.</summary>
    private static string TileField(string tile)
    {
        var inner = tile[(tile.IndexOf('>') + 1)..tile.LastIndexOf("</svg>", StringComparison.Ordinal)];
        var id = $"fw-print-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tile)))[..12]}";
        var repeat = Thumbnail / 2.0;
        var scale = repeat / PrintTile.Size;
        return new Svg(Thumbnail, Thumbnail)
            .Raw($"<defs><pattern id=\"{id}\" width=\"{Svg.N(repeat)}\" height=\"{Svg.N(repeat)}\" patternUnits=\"userSpaceOnUse\"><g transform=\"scale({Svg.N(scale)})\">{inner}</g></pattern></defs>")
            .Raw($"<rect width=\"{Thumbnail}\" height=\"{Thumbnail}\" fill=\"url(#{id})\"/>")
            .ToString();
    }
}
