using System.Globalization;
using System.Text;

namespace FashionWallet.Catalog;

/// <summary>
/// A small SVG writer. Only numbers and validated #rrggbb colours ever reach the markup, never an item's text, so the
/// artwork is safe to serve inline.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder _markup = new();

    public Svg(double width, double height) =>
        _markup.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\">");

    public Svg Raw(FormattableString element)
    {
        _markup.Append(element.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public Svg Rect(double x, double y, double width, double height, Colour fill, double opacity = 1, double radius = 0) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"{N(radius)}\" fill=\"{fill.Hex}\"{Opacity(opacity)}/>");

    public Svg Circle(double cx, double cy, double r, Colour fill, double opacity = 1) =>
        Raw($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill.Hex}\"{Opacity(opacity)}/>");

    public Svg Path(string data, Colour? fill, Colour? stroke = null, double strokeWidth = 1, string? dash = null) =>
        Raw($"<path d=\"{data}\" fill=\"{fill?.Hex ?? "none"}\" stroke=\"{stroke?.Hex ?? "none"}\" stroke-width=\"{N(strokeWidth)}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>");

    public override string ToString() => _markup + "</svg>";

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Opacity(double opacity) => opacity >= 1 ? "" : $" opacity=\"{N(opacity)}\"";
}
