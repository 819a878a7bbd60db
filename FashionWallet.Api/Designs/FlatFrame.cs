using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FashionWallet.Api.Designs;

/// <summary>
/// Frames a flat around its garment. FlatSketch draws every garment on one body-sized page (so lengths compare), which
/// leaves a T-shirt in the top third of the picture; in the studio's narrow column the garment should fill the frame.
/// </summary>
internal static partial class FlatFrame
{
    private const double Margin = 12;

    public static string AroundGarment(string svg)
    {
        var document = XDocument.Parse(svg);
        var root = document.Root!;
        var ys = root.Descendants().Where(e => e.Name.LocalName == "path" && !e.Ancestors().Any(a => a.Name.LocalName == "defs"))
            .SelectMany(e => Ys((string?)e.Attribute("d") ?? "")).ToArray();
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split(' ') ?? [];
        if (ys.Length == 0 || viewBox.Length != 4)
            return svg;
        var width = double.Parse(viewBox[2], CultureInfo.InvariantCulture);
        var top = Math.Max(0, ys.Min() - Margin);
        var height = ys.Max() + Margin - top;
        string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
        root.SetAttributeValue("viewBox", $"{N(double.Parse(viewBox[0], CultureInfo.InvariantCulture))} {N(top)} {N(width)} {N(height)}");
        root.SetAttributeValue("height", N(height));
        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The flat's paths use only absolute commands whose numbers come in x y pairs (M, L, Q, Z).</summary>
    private static IEnumerable<double> Ys(string path) =>
        Number().Matches(path).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).Where((_, i) => i % 2 == 1);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
