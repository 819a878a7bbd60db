namespace FashionWallet.Catalog;

/// <summary>
/// A technical flat: the garment's front as a line drawing on calico, its proportions taken from the silhouette's
/// category, length, sleeve and fit, with a dashed centre-front line and hem stitching as a factory drawing has them.
/// </summary>
internal static class SilhouetteDrawing
{
    public const int Size = 160;

    public static string Draw(string category, SilhouetteAttributes silhouette, Colour calico, Colour pencil, Coverage coverage)
    {
        var svg = new Svg(Size, Size);
        var looseness = silhouette.Fit switch { "slim" => -6.0, "relaxed" => 6, "oversized" => 12, _ => 0 };
        var hemY = 40 + LengthDrop(silhouette.Length);
        var outline = category switch
        {
            "bottoms" => Bottoms(silhouette, looseness, hemY),
            "dresses" or "traditional" => Dress(silhouette, looseness, hemY),
            _ => Top(silhouette, looseness, hemY),
        };
        svg.Path(outline, calico, pencil, 2);
        svg.Path($"M80 {(category == "bottoms" ? 30 : 36)} L80 {Svg.N(hemY - 4)}", null, pencil, 1, "3 3");
        svg.Path($"M{Svg.N(44 - looseness)} {Svg.N(hemY - 5)} L{Svg.N(116 + looseness)} {Svg.N(hemY - 5)}", null, pencil, 0.8, "2 2");
        coverage.Add(calico, 0.85);
        coverage.Add(pencil, 0.15);
        return svg.ToString();
    }

    private static double LengthDrop(string length) => length switch
    {
        "cropped" => 40,
        "waist" => 50,
        "hip" => 62,
        "mid-thigh" => 74,
        "above-knee" => 84,
        "knee" => 92,
        "midi" => 100,
        "ankle" => 108,
        _ => 114,
    };

    private static string Top(SilhouetteAttributes s, double loose, double hemY)
    {
        var sleeve = s.Sleeve switch { "sleeveless" or "none" => 0.0, "cap" => 8, "short" or "puff" => 22, "elbow" => 38, "three-quarter" => 50, _ => 66 };
        var left = 50 - loose;
        var right = 110 + loose;
        var neck = s.Neckline switch { "v-neck" or "notched-lapel" => "L80 46 L92 24", "scoop" or "sweetheart" => "Q80 40 92 24", "boat" => "Q80 26 92 24", _ => "Q80 32 92 24" };
        var reach = sleeve * 0.6;
        var rightSleeve = sleeve == 0
            ? $"L{Svg.N(right)} 44"
            : $"L{Svg.N(right + reach)} {Svg.N(30 + sleeve)} L{Svg.N(right + reach - 14)} {Svg.N(36 + sleeve)} L{Svg.N(right)} 52";
        var leftSleeve = sleeve == 0
            ? $"L{Svg.N(left)} 44"
            : $"L{Svg.N(left)} 52 L{Svg.N(left - reach + 14)} {Svg.N(36 + sleeve)} L{Svg.N(left - reach)} {Svg.N(30 + sleeve)}";
        return $"M68 24 {neck} L{Svg.N(right - 4)} 30 {rightSleeve} L{Svg.N(right)} {Svg.N(hemY)} L{Svg.N(left)} {Svg.N(hemY)} {leftSleeve} L{Svg.N(left + 4)} 30 Z";
    }

    private static string Bottoms(SilhouetteAttributes s, double loose, double hemY)
    {
        var left = 52 - loose;
        var right = 108 + loose;
        var isSkirt = s.GarmentType.Contains("skirt", StringComparison.OrdinalIgnoreCase);
        var flare = Math.Min((double)s.HemWidthCm / 8, 30);
        return isSkirt
            ? $"M{Svg.N(left)} 24 L{Svg.N(right)} 24 L{Svg.N(right + flare)} {Svg.N(hemY)} L{Svg.N(left - flare)} {Svg.N(hemY)} Z"
            : $"M{Svg.N(left)} 24 L{Svg.N(right)} 24 L{Svg.N(right + (flare / 3))} {Svg.N(hemY)} L84 {Svg.N(hemY)} L80 64 L76 {Svg.N(hemY)} L{Svg.N(left - (flare / 3))} {Svg.N(hemY)} Z";
    }

    private static string Dress(SilhouetteAttributes s, double loose, double hemY)
    {
        var flare = Math.Min((double)s.HemWidthCm / 6, 40);
        var waist = 62 - (loose / 2);
        return $"M66 22 Q80 34 94 22 L{Svg.N(108 + loose)} 30 L{Svg.N(104 + loose)} 56 L{Svg.N(160 - waist)} 70 " +
            $"L{Svg.N(112 + loose + flare)} {Svg.N(hemY)} L{Svg.N(48 - loose - flare)} {Svg.N(hemY)} L{Svg.N(waist)} 70 L{Svg.N(56 - loose)} 56 L{Svg.N(52 - loose)} 30 Z";
    }
}
