using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FashionWallet.Api.Designs;

/// <summary>
/// Frames a flat around its garment. FlatSketch draws every garment on one body-sized page (so lengths compare), which
/// leaves a T-shirt small in a corner; in the studio's narrow column the garment should fill the frame. So the frame is
/// cropped to the garment, and the back is moved under the front (a column is taller than it is wide).
/// </summary>
internal static partial class FlatFrame
{
    private const double Margin = 12;

    public static string AroundGarment(string svg)
    {
        var document = XDocument.Parse(svg);
        var root = document.Root!;
        var front = root.Elements().FirstOrDefault(e => (string?)e.Attribute("id") == "front");
        var back = root.Elements().FirstOrDefault(e => (string?)e.Attribute("id") == "back");
        var points = front?.Descendants().Where(e => e.Name.LocalName == "path").SelectMany(e => Points((string?)e.Attribute("d") ?? "")).ToArray() ?? [];
        if (points.Length == 0 || back is null)
            return svg;
        // Front and back are drawn alike (same outline, mirrored details), so the front's extent frames both.
        var (left, top) = (points.Min(p => p.X) - Margin, Math.Max(0, points.Min(p => p.Y) - Margin));
        var (width, height) = (points.Max(p => p.X) + Margin - left, points.Max(p => p.Y) + Margin - top);
        back.SetAttributeValue("transform", $"translate(0 {N(height)})");
        root.SetAttributeValue("viewBox", $"{N(left)} {N(top)} {N(width)} {N(2 * height)}");
        root.SetAttributeValue("width", N(width));
        root.SetAttributeValue("height", N(2 * height));
        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The flat's paths use only absolute commands whose numbers come in x y pairs (M, L, Q, Z).</summary>
    private static IEnumerable<(double X, double Y)> Points(string path)
    {
        var numbers = Number().Matches(path).Select(m => Parse(m.Value)).ToArray();
        for (var i = 0; i + 1 < numbers.Length; i += 2)
            yield return (numbers[i], numbers[i + 1]);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
