namespace FashionWallet.Catalog;

/// <summary>
/// One repeat of a print as a tileable 64 x 64 SVG: the first colour is the ground, the others the motif, drawn by
/// category (florals, geometrics, stripes, checks, dots, abstracts, animal skins, paisleys, traditional ikat).
/// </summary>
internal static class PrintTile
{
    public const int Size = 64;

    public static string Draw(string category, IReadOnlyList<Colour> colours, Coverage coverage)
    {
        var svg = new Svg(Size, Size);
        Paint(svg, category, colours, coverage);
        return svg.ToString();
    }

    private static void Paint(Svg svg, string category, IReadOnlyList<Colour> colours, Coverage coverage)
    {
        var ground = colours[0];
        Colour Ink(int i) => colours.Count == 1 ? ground.Darker(0.35) : colours[1 + (i % (colours.Count - 1))];
        svg.Rect(0, 0, Size, Size, ground);
        double inked = 0;
        void Mark(int ink, double area)
        {
            coverage.Add(Ink(ink), area);
            inked += area;
        }

        switch (category)
        {
            case "floral":
                foreach (var (cx, cy, r, ink) in new[] { (16.0, 16.0, 9.0, 0), (48, 44, 11, 1), (50, 12, 5, 2), (14, 50, 6, 1) })
                {
                    for (var petal = 0; petal < 5; petal++)
                    {
                        var angle = petal * Math.PI * 2 / 5;
                        svg.Circle(cx + (Math.Cos(angle) * r * 0.55), cy + (Math.Sin(angle) * r * 0.55), r * 0.45, Ink(ink));
                    }
                    svg.Circle(cx, cy, r * 0.25, Ink(ink + 1));
                    Mark(ink, Math.PI * r * r * 0.75);
                }
                break;
            case "geometric":
                for (var i = 0; i < 4; i++)
                {
                    var x = (i % 2) * 32;
                    var y = (i / 2) * 32;
                    svg.Path($"M{x + 16} {y + 2} L{x + 30} {y + 16} L{x + 16} {y + 30} L{x + 2} {y + 16} Z", Ink(i));
                    Mark(i, 392);
                }
                break;
            case "stripe":
                for (var i = 0; i < 4; i++)
                {
                    svg.Rect(0, (i * 16) + 4, Size, 6, Ink(i));
                    Mark(i, Size * 6);
                }
                break;
            case "check":
                for (var i = 0; i < 4; i++)
                {
                    svg.Rect(i * 16, 0, 8, Size, Ink(0), 0.55);
                    svg.Rect(0, i * 16, Size, 8, Ink(0), 0.55);
                }
                Mark(0, Size * Size * 0.44);
                break;
            case "dot":
                for (var row = 0; row < 4; row++)
                    for (var col = 0; col < 4; col++)
                    {
                        svg.Circle((col * 16) + (row % 2 * 8) + 4, (row * 16) + 8, 3.5, Ink(row + col));
                        Mark(row + col, Math.PI * 3.5 * 3.5);
                    }
                break;
            case "abstract":
                for (var i = 0; i < 4; i++)
                {
                    svg.Path($"M{4 + (i * 14)} 60 C{10 + (i * 12)} 30 {30 + (i * 6)} 40 {20 + (i * 12)} 4", null, Ink(i), 6);
                    Mark(i, 360);
                }
                break;
            case "animal":
                foreach (var (cx, cy, ink) in new[] { (12.0, 14.0, 0), (40, 10, 0), (26, 34, 1), (54, 36, 0), (10, 52, 1), (44, 56, 0) })
                {
                    svg.Path($"M{Svg.N(cx - 6)} {Svg.N(cy)} C{Svg.N(cx - 6)} {Svg.N(cy - 7)} {Svg.N(cx + 7)} {Svg.N(cy - 6)} {Svg.N(cx + 6)} {Svg.N(cy + 1)} C{Svg.N(cx + 5)} {Svg.N(cy + 7)} {Svg.N(cx - 6)} {Svg.N(cy + 6)} {Svg.N(cx - 6)} {Svg.N(cy)} Z", null, Ink(ink), 2.5);
                    Mark(ink, 95);
                }
                break;
            case "paisley":
                foreach (var (x, y, ink) in new[] { (8, 6, 0), (40, 36, 1) })
                {
                    svg.Path($"M{x + 8} {y + 22} C{x - 4} {y + 12} {x + 6} {y - 2} {x + 16} {y + 4} C{x + 24} {y + 10} {x + 20} {y + 22} {x + 8} {y + 22} Z", Ink(ink));
                    svg.Circle(x + 12, y + 12, 3, Ink(ink + 1));
                    Mark(ink, 260);
                }
                break;
            case "traditional":
                for (var i = 0; i < 3; i++)
                {
                    svg.Path($"M{(i * 22) + 10} 2 L{(i * 22) + 20} 32 L{(i * 22) + 10} 62 L{i * 22} 32 Z", Ink(i), Ink(i + 1), 1.5);
                    Mark(i, 600);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, "No tile for this print category.");
        }
        coverage.Add(ground, Math.Max(Size * Size - inked, Size * Size * 0.2));
    }
}
