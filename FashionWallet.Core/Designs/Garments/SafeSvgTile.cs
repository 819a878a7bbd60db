using System.Xml;
using System.Xml.Linq;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// A print tile made safe to inline: parsed as XML (no DTDs), scripts, foreign objects, images, event handlers and
/// every link dropped, so the flat never runs code nor fetches anything. Returns the tile's size and inner markup.
/// </summary>
internal static class SafeSvgTile
{
    private static readonly HashSet<string> Dropped = ["script", "foreignObject", "image", "use", "a", "style", "iframe", "animate", "set"];

    public static (double Width, double Height, string Markup) Read(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var root = XElement.Load(reader);
        foreach (var element in root.DescendantsAndSelf().Where(e => Dropped.Contains(e.Name.LocalName)).ToList())
            element.Remove();
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes().Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || a.Name.LocalName == "href" || a.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !a.Value.Contains("url(#", StringComparison.Ordinal)).Remove();
        }
        var (width, height) = Size(root);
        XNamespace svgNamespace = "http://www.w3.org/2000/svg";
        foreach (var element in root.Descendants())
            element.Name = svgNamespace + element.Name.LocalName;
        return (width, height, string.Concat(root.Elements().Select(e => e.ToString(SaveOptions.DisableFormatting))));
    }

    private static (double, double) Size(XElement root)
    {
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (viewBox is { Length: 4 } && double.TryParse(viewBox[2], System.Globalization.CultureInfo.InvariantCulture, out var w)
            && double.TryParse(viewBox[3], System.Globalization.CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0)
            return (w, h);
        return (64, 64);
    }
}
