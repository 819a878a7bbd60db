using System.Globalization;

namespace FashionWallet.Catalog;

/// <summary>An sRGB colour, with its CIELAB coordinates (D65) and the colour family shoppers filter by.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static bool TryParseHex(string? text, out Colour colour)
    {
        colour = default;
        if (text is not { Length: 7 } || text[0] != '#' ||
            !uint.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return false;
        colour = new Colour((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    public static Colour FromHex(string hex) =>
        TryParseHex(hex, out var colour) ? colour : throw new FormatException($"'{hex}' is not a #rrggbb colour.");

    public string Hex => $"#{R:X2}{G:X2}{B:X2}";

    /// <summary>This colour mixed towards <paramref name="other"/> by <paramref name="amount"/> (0 to 1).</summary>
    public Colour Mix(Colour other, double amount) => new(
        (byte)Math.Round(R + ((other.R - R) * amount)),
        (byte)Math.Round(G + ((other.G - G) * amount)),
        (byte)Math.Round(B + ((other.B - B) * amount)));

    public Colour Darker(double amount) => Mix(new Colour(0, 0, 0), amount);

    public Colour Lighter(double amount) => Mix(new Colour(255, 255, 255), amount);

    public Lab ToLab()
    {
        var r = Linear(R);
        var g = Linear(G);
        var b = Linear(B);
        var x = ((0.4124564 * r) + (0.3575761 * g) + (0.1804375 * b)) / 0.95047;
        var y = (0.2126729 * r) + (0.7151522 * g) + (0.0721750 * b);
        var z = ((0.0193339 * r) + (0.1191920 * g) + (0.9503041 * b)) / 1.08883;
        var fx = LabCurve(x);
        var fy = LabCurve(y);
        var fz = LabCurve(z);
        return new Lab((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /// <summary>
    /// The family a person would name: by lightness and chroma first (black, white, grey, beige, brown), then by hue
    /// angle in CIELAB, which follows perceived hue far better than the HSL hue of the raw sRGB values.
    /// </summary>
    public string Family()
    {
        var lab = ToLab();
        var chroma = Math.Sqrt((lab.A * lab.A) + (lab.B * lab.B));
        var hue = (Math.Atan2(lab.B, lab.A) * 180 / Math.PI + 360) % 360;
        if (lab.L < 18)
            return "black";
        if (chroma < 10)
            return lab.L > 90 ? "white" : lab.L > 82 && hue is > 40 and < 110 ? "beige" : "grey";
        if (hue is >= 35 and < 100 && chroma < 40)
            return lab.L > 62 ? "beige" : "brown";
        if (hue is >= 40 and < 75 && lab.L < 55)
            return "brown";
        return hue switch
        {
            < 15 or >= 350 => lab.L > 65 ? "pink" : "red",
            < 40 => lab.L > 70 ? "pink" : "red",
            < 70 => "orange",
            < 105 => "yellow",
            < 200 => "green",
            < 290 => "blue",
            < 320 => "purple",
            _ => "pink",
        };
    }

    public static IReadOnlyList<string> Families { get; } =
        ["black", "white", "grey", "beige", "brown", "red", "pink", "orange", "yellow", "green", "blue", "purple"];

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double LabCurve(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
}

/// <summary>CIELAB: L 0 (black) to 100 (white), a green (-) to red (+), b blue (-) to yellow (+).</summary>
public readonly record struct Lab(double L, double A, double B);
