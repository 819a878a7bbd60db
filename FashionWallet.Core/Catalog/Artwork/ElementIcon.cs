namespace FashionWallet.Catalog;

/// <summary>A simple 96 x 96 icon of a design element in its first colour: a button, a zip, a pocket, a collar, a cuff or a trim.</summary>
internal static class ElementIcon
{
    public const int Size = 96;

    public static string Draw(string category, Colour colour, Coverage coverage)
    {
        var svg = new Svg(Size, Size);
        var edge = colour.Darker(0.35);
        var light = colour.Lighter(0.3);
        switch (category)
        {
            case "buttons":
                svg.Circle(48, 48, 34, colour).Circle(48, 48, 26, light, 0.35);
                foreach (var (x, y) in new[] { (40, 40), (56, 40), (40, 56), (56, 56) })
                    svg.Circle(x, y, 4, edge);
                Add(coverage, colour, 0.8, edge, 0.05, light, 0.15);
                break;
            case "zips":
                svg.Rect(36, 6, 24, 84, colour.Lighter(0.15));
                for (var y = 10; y < 86; y += 6)
                    svg.Rect(44, y, 8, 3, edge);
                svg.Rect(40, 30, 16, 14, edge, radius: 3);
                Add(coverage, colour.Lighter(0.15), 0.7, edge, 0.3, colour, 0);
                break;
            case "pockets":
                svg.Path("M20 18 L76 18 L76 70 L48 82 L20 70 Z", colour, edge, 2);
                svg.Path("M25 24 L71 24 L71 66 L48 76 L25 66 Z", null, edge, 1, "3 3");
                Add(coverage, colour, 0.9, edge, 0.1, colour, 0);
                break;
            case "collars":
                svg.Path("M14 30 Q48 58 82 30 L70 74 Q48 60 26 74 Z", colour, edge, 2);
                Add(coverage, colour, 0.9, edge, 0.1, colour, 0);
                break;
            case "cuffs":
                svg.Rect(12, 30, 72, 36, colour, radius: 6);
                svg.Path("M12 38 L84 38", null, edge, 1, "3 3");
                svg.Circle(72, 52, 5, light);
                Add(coverage, colour, 0.85, edge, 0.05, light, 0.1);
                break;
            case "trims":
                svg.Path("M6 48 Q18 28 30 48 T54 48 T78 48 T102 48", null, colour, 10);
                svg.Path("M6 48 Q18 28 30 48 T54 48 T78 48 T102 48", null, light, 2);
                Add(coverage, colour, 0.85, light, 0.15, colour, 0);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, "No icon for this element category.");
        }
        return svg.ToString();
    }

    private static void Add(Coverage coverage, Colour a, double shareA, Colour b, double shareB, Colour c, double shareC)
    {
        coverage.Add(a, shareA);
        coverage.Add(b, shareB);
        coverage.Add(c, shareC);
    }
}
