namespace FashionWallet.Catalog;

/// <summary>
/// A cloth's weave as an SVG pattern in one colour: over-under cells for plain weave, diagonals for twill, floats
/// with a sheen for satin, loops for knits, ridges for rib, speckle for pile, fleece and jacquard.
/// </summary>
internal static class FabricTexture
{
    public const int Size = 48;

    public static string Draw(string weave, Colour ground)
    {
        var svg = new Svg(Size, Size);
        Paint(svg, weave, ground, new Coverage(), 1, Size);
        return svg.ToString();
    }

    /// <summary>Fills a <paramref name="size"/> square at the origin with the weave at <paramref name="scale"/>.</summary>
    public static void Paint(Svg svg, string weave, Colour ground, Coverage coverage, double scale, double size)
    {
        var shade = ground.Darker(0.22);
        var light = ground.Lighter(0.18);
        var u = 8 * scale;
        var h = u / 2;
        var (unit, shares) = weave switch
        {
            "plain" => (
                $"<rect width=\"{Svg.N(h)}\" height=\"{Svg.N(h)}\" fill=\"{shade.Hex}\"/><rect x=\"{Svg.N(h)}\" y=\"{Svg.N(h)}\" width=\"{Svg.N(h)}\" height=\"{Svg.N(h)}\" fill=\"{shade.Hex}\"/>",
                new[] { (ground, 0.5), (shade, 0.5) }),
            "twill" or "dobby" => (
                $"<path d=\"M-1 {Svg.N(u + 1)} L{Svg.N(u + 1)} -1 M-1 1 L1 -1 M{Svg.N(u - 1)} {Svg.N(u + 1)} L{Svg.N(u + 1)} {Svg.N(u - 1)}\" stroke=\"{shade.Hex}\" stroke-width=\"{Svg.N(h * 0.9)}\"/>",
                new[] { (ground, 0.55), (shade, 0.45) }),
            "satin" => (
                $"<rect width=\"{Svg.N(u)}\" height=\"{Svg.N(h * 0.7)}\" fill=\"{light.Hex}\" opacity=\"0.7\"/><rect x=\"{Svg.N(h)}\" y=\"{Svg.N(h)}\" width=\"{Svg.N(h * 0.6)}\" height=\"{Svg.N(scale)}\" fill=\"{shade.Hex}\"/>",
                new[] { (ground, 0.62), (light, 0.3), (shade, 0.08) }),
            "jersey" or "interlock" or "fleece" => (
                $"<path d=\"M0 0 L{Svg.N(h)} {Svg.N(u * 0.75)} L{Svg.N(u)} 0\" fill=\"none\" stroke=\"{shade.Hex}\" stroke-width=\"{Svg.N(scale)}\"/>",
                new[] { (ground, 0.75), (shade, 0.25) }),
            "rib" => (
                $"<rect width=\"{Svg.N(h)}\" height=\"{Svg.N(u)}\" fill=\"{shade.Hex}\"/>",
                new[] { (ground, 0.5), (shade, 0.5) }),
            "pile" or "nonwoven" or "jacquard" => (
                $"<circle cx=\"{Svg.N(h * 0.5)}\" cy=\"{Svg.N(h * 0.6)}\" r=\"{Svg.N(h * 0.4)}\" fill=\"{shade.Hex}\"/><circle cx=\"{Svg.N(h * 1.4)}\" cy=\"{Svg.N(h * 1.5)}\" r=\"{Svg.N(h * 0.3)}\" fill=\"{light.Hex}\"/>",
                new[] { (ground, 0.7), (shade, 0.2), (light, 0.1) }),
            _ => throw new ArgumentOutOfRangeException(nameof(weave), weave, "No texture for this weave."),
        };
        // Equal content gives an equal id, so two inline SVGs on one page that share an id also share the pattern.
        var id = $"fw-{weave}-{ground.Hex[1..]}-{Svg.N(scale).Replace('.', '_')}";
        svg.Raw($"<defs><pattern id=\"{id}\" width=\"{Svg.N(u)}\" height=\"{Svg.N(u)}\" patternUnits=\"userSpaceOnUse\"><rect width=\"{Svg.N(u)}\" height=\"{Svg.N(u)}\" fill=\"{ground.Hex}\"/>{unit}</pattern></defs>");
        svg.Raw($"<rect width=\"{Svg.N(size)}\" height=\"{Svg.N(size)}\" fill=\"url(#{id})\"/>");
        foreach (var (colour, share) in shares)
            coverage.Add(colour, size * size * share);
    }
}
