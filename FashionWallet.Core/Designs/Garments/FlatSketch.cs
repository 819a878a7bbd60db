using System.Text;
using FashionWallet.Catalog;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// A technical flat: the garment's front and back side by side, drawn from the same spec as the 3D garment
/// (length to its landmark, widths from the ease and hem width, sleeve length), panels filled with their colours
/// or the print, outlines in one weight and stitching dashed. Only numbers and validated colours reach the
/// markup, and a print tile is inlined only after <see cref="SafeSvgTile"/>.
/// </summary>
public static class FlatSketch
{
    private const double ViewWidth = 240;
    private const double ViewHeight = 320;
    private const double Gap = 20;
    private const double Centre = ViewWidth / 2;
    /// <summary>Drawing units for a centimetre of half the girth (the front shows half of it).</summary>
    private const double Scale = 0.4;

    public static string Render(GarmentSpec spec, FlatStyle style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(style);
        var svg = new Svg(2 * ViewWidth + Gap, ViewHeight);
        if (style.PrintTileSvg is { } tile)
        {
            var (width, height, markup) = SafeSvgTile.Read(tile);
            svg.Raw($"<defs><pattern id=\"print\" patternUnits=\"userSpaceOnUse\" width=\"{Svg.N(style.PrintScale)}\" height=\"{Svg.N(style.PrintScale * height / width)}\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\">");
            svg.Raw($"{new RawMarkup(markup)}</pattern></defs>");
        }
        foreach (var back in new[] { false, true })
        {
            svg.Raw($"<g id=\"{(back ? "back" : "front")}\" transform=\"translate({Svg.N(back ? ViewWidth + Gap : 0)} 0)\">");
            View(svg, spec, style, back);
            svg.Raw($"</g>");
        }
        return svg.ToString();
    }

    private static void View(Svg svg, GarmentSpec spec, FlatStyle style, bool back)
    {
        var body = back ? PanelNames.Back : PanelNames.Front;
        if (spec.Kind is GarmentKind.Top or GarmentKind.Dress or GarmentKind.Jacket)
        {
            if (spec.Sleeve is { } sleeve)
            {
                // Seen from the front, the wearer's left sleeve is on the drawing's right.
                Fill(svg, style, back ? PanelNames.LeftSleeve : PanelNames.RightSleeve, SleevePath(spec, sleeve, -1, out var cuffLeft));
                Fill(svg, style, back ? PanelNames.RightSleeve : PanelNames.LeftSleeve, SleevePath(spec, sleeve, 1, out var cuffRight));
                svg.Path(cuffLeft, null, style.Line, 0.8, "3 2");
                svg.Path(cuffRight, null, style.Line, 0.8, "3 2");
            }
            Fill(svg, style, body, BodicePath(spec, back));
            if (spec.HasCollar)
                Fill(svg, style, PanelNames.Collar, CollarPath(back));
        }
        else
        {
            Fill(svg, style, body, spec.Kind == GarmentKind.Skirt ? SkirtPath(spec) : TrousersPath(spec));
            var waist = Y(Landmark.Waist);
            var half = Half(76 + spec.Ease.WaistCm);
            svg.Path($"M{Svg.N(Centre - half)} {Svg.N(waist + 8)} L{Svg.N(Centre + half)} {Svg.N(waist + 8)}", null, style.Line, 0.8, "3 2");
        }
        Stitching(svg, spec, style, back);
    }

    private static void Fill(Svg svg, FlatStyle style, string panel, string path)
    {
        var colour = style.ColourOf(panel);
        svg.Path(path, colour, style.Line, 1.6);
        if (style.IsPrinted(panel))
            svg.Raw($"<path d=\"{new RawMarkup(path)}\" fill=\"url(#print)\" stroke=\"{style.Line.Hex}\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>");
    }

    private static void Stitching(Svg svg, GarmentSpec spec, FlatStyle style, bool back)
    {
        var hemY = HemY(spec) - 5;
        var hemHalf = HemHalf(spec) - 3;
        if (spec.Kind == GarmentKind.Trousers)
        {
            var leg = LegHalf(spec);
            foreach (var side in new[] { -1, 1 })
                svg.Path($"M{Svg.N(Centre + side * 4)} {Svg.N(hemY)} L{Svg.N(Centre + side * (4 + leg))} {Svg.N(hemY)}", null, style.Line, 0.8, "3 2");
        }
        else
        {
            svg.Path($"M{Svg.N(Centre - hemHalf)} {Svg.N(hemY)} L{Svg.N(Centre + hemHalf)} {Svg.N(hemY)}", null, style.Line, 0.8, "3 2");
        }
        var top = spec.Kind is GarmentKind.Skirt or GarmentKind.Trousers ? Y(Landmark.Waist) + 8 : NeckDepth(spec, back);
        var placket = back ? spec.Closure == "zip" && spec.Kind is not GarmentKind.Top and not GarmentKind.Jacket : spec.OpensAtFront && spec.Closure != "zip" || spec.Kind is GarmentKind.Top or GarmentKind.Jacket && spec.OpensAtFront;
        if (placket)
        {
            var bottom = spec.Kind == GarmentKind.Trousers ? Y(Landmark.Crotch) - 6 : back && spec.Kind != GarmentKind.Skirt ? Y(Landmark.HighHip) : hemY - 2;
            svg.Path($"M{Svg.N(Centre + 3)} {Svg.N(top)} L{Svg.N(Centre + 3)} {Svg.N(bottom)}", null, style.Line, 0.8, "3 2");
            if (!back && spec.Closure == "buttons" && spec.Kind is not (GarmentKind.Skirt or GarmentKind.Trousers))
            {
                for (var y = top + 12; y < bottom - 6; y += 22)
                    svg.Circle(Centre, y, 1.8, style.Line);
            }
        }
        foreach (var side in new[] { -1, 1 })
        {
            if (spec.Kind is GarmentKind.Top or GarmentKind.Dress or GarmentKind.Jacket)
                svg.Path($"M{Svg.N(Centre + side * 34)} {Svg.N(Y(Landmark.Shoulder) + 2)} L{Svg.N(Centre + side * BustHalf(spec))} {Svg.N(Y(Landmark.Bust) - 2)}", null, style.Line, 0.6, "2 2");
        }
    }

    private static string BodicePath(GarmentSpec spec, bool back)
    {
        var (bust, waist, hip) = (BustHalf(spec), Half(76 + spec.Ease.WaistCm), Half(98 + spec.Ease.HipCm));
        var hemY = HemY(spec);
        var hemHalf = HemHalf(spec);
        var neck = Y(Landmark.Nape);
        var shoulder = Y(Landmark.Shoulder);
        var path = new StringBuilder();
        var neckHalf = spec.Neckline is "boat" or "square" ? 22 : 14;
        path.Append(Svg.N(Centre - neckHalf)).Append(' ').Append(Svg.N(neck)).Insert(0, 'M');
        path.Append($" L{Svg.N(Centre - 34)} {Svg.N(shoulder)} L{Svg.N(Centre - bust)} {Svg.N(Y(Landmark.Bust) - 4)}");
        var sides = new List<(double Half, double Y)> { (waist, Y(Landmark.Waist)) };
        if (hemY > Y(Landmark.Hip) + 4)
            sides.Add((hip, Y(Landmark.Hip)));
        foreach (var (half, y) in sides.Where(s => s.Y < hemY - 2))
            path.Append($" L{Svg.N(Centre - half)} {Svg.N(y)}");
        path.Append($" L{Svg.N(Centre - hemHalf)} {Svg.N(hemY)} L{Svg.N(Centre + hemHalf)} {Svg.N(hemY)}");
        foreach (var (half, y) in Enumerable.Reverse(sides).Where(s => s.Y < hemY - 2))
            path.Append($" L{Svg.N(Centre + half)} {Svg.N(y)}");
        path.Append($" L{Svg.N(Centre + bust)} {Svg.N(Y(Landmark.Bust) - 4)} L{Svg.N(Centre + 34)} {Svg.N(shoulder)} L{Svg.N(Centre + neckHalf)} {Svg.N(neck)}");
        var depth = NeckDepth(spec, back);
        path.Append(!back && spec.Neckline is "v-neck" or "notched-lapel"
            ? $" L{Svg.N(Centre)} {Svg.N(depth)} Z"
            : $" Q{Svg.N(Centre)} {Svg.N(2 * depth - neck)} {Svg.N(Centre - neckHalf)} {Svg.N(neck)} Z");
        return path.ToString();
    }

    /// <summary>A sleeve hangs from the armhole (shoulder point to underarm) down and out, as the A-pose holds the arm.</summary>
    private static string SleevePath(GarmentSpec spec, GarmentLength sleeve, int side, out string cuff)
    {
        var length = SleeveUnits(sleeve);
        var (shoulderX, shoulderY) = (Centre + side * 34, Y(Landmark.Shoulder));
        var (armpitX, armpitY) = (Centre + side * BustHalf(spec), Y(Landmark.Bust) - 4);
        var (dx, dy) = (side * Math.Sin(0.95), Math.Cos(0.95));
        var taper = (length > 60 ? 0.5 : 0.85) * (1 + spec.SleeveEaseCm / 40);
        var (outerX, outerY) = (shoulderX + dx * length, shoulderY + dy * length);
        var (innerX, innerY) = (outerX + (armpitX - shoulderX) * taper, outerY + (armpitY - shoulderY) * taper);
        cuff = $"M{Svg.N(outerX - dx * 5)} {Svg.N(outerY - dy * 5)} L{Svg.N(innerX - dx * 5)} {Svg.N(innerY - dy * 5)}";
        return $"M{Svg.N(shoulderX)} {Svg.N(shoulderY)} L{Svg.N(outerX)} {Svg.N(outerY)} L{Svg.N(innerX)} {Svg.N(innerY)} L{Svg.N(armpitX)} {Svg.N(armpitY)} Z";
    }

    private static string CollarPath(bool back)
    {
        var neck = Y(Landmark.Nape);
        return back
            ? $"M{Svg.N(Centre - 16)} {Svg.N(neck + 2)} L{Svg.N(Centre - 15)} {Svg.N(neck - 8)} L{Svg.N(Centre + 15)} {Svg.N(neck - 8)} L{Svg.N(Centre + 16)} {Svg.N(neck + 2)} Z"
            : $"M{Svg.N(Centre - 16)} {Svg.N(neck + 2)} L{Svg.N(Centre - 15)} {Svg.N(neck - 8)} L{Svg.N(Centre)} {Svg.N(neck + 4)} L{Svg.N(Centre + 15)} {Svg.N(neck - 8)} L{Svg.N(Centre + 16)} {Svg.N(neck + 2)} L{Svg.N(Centre)} {Svg.N(neck + 14)} Z";
    }

    /// <summary>Waist to hip, then straight to the hem; an A-line's line from the waist passes outside the hip.</summary>
    private static string SkirtPath(GarmentSpec spec)
    {
        var (waist, hip) = (Half(76 + spec.Ease.WaistCm), Half(98 + spec.Ease.HipCm));
        var (waistY, hemY, hemHalf) = (Y(Landmark.Waist), HemY(spec), HemHalf(spec));
        var hipY = Math.Min(Y(Landmark.Hip), hemY - 4);
        var atHip = Math.Max(hip, waist + (hemHalf - waist) * (hipY - waistY) / (hemY - waistY));
        return $"M{Svg.N(Centre - waist)} {Svg.N(waistY)} L{Svg.N(Centre + waist)} {Svg.N(waistY)} L{Svg.N(Centre + atHip)} {Svg.N(hipY)} " +
            $"L{Svg.N(Centre + hemHalf)} {Svg.N(hemY)} L{Svg.N(Centre - hemHalf)} {Svg.N(hemY)} L{Svg.N(Centre - atHip)} {Svg.N(hipY)} Z";
    }

    private static string TrousersPath(GarmentSpec spec)
    {
        var (waist, hip) = (Half(76 + spec.Ease.WaistCm), Half(98 + spec.Ease.HipCm));
        var (hemY, leg) = (HemY(spec), LegHalf(spec));
        var (waistY, hipY, crotchY) = (Y(Landmark.Waist), Y(Landmark.Hip), Y(Landmark.Crotch));
        return $"M{Svg.N(Centre - waist)} {Svg.N(waistY)} L{Svg.N(Centre + waist)} {Svg.N(waistY)} L{Svg.N(Centre + hip)} {Svg.N(hipY)} " +
            $"L{Svg.N(Centre + 4 + leg)} {Svg.N(hemY)} L{Svg.N(Centre + 4)} {Svg.N(hemY)} L{Svg.N(Centre)} {Svg.N(crotchY)} " +
            $"L{Svg.N(Centre - 4)} {Svg.N(hemY)} L{Svg.N(Centre - 4 - leg)} {Svg.N(hemY)} L{Svg.N(Centre - hip)} {Svg.N(hipY)} Z";
    }

    private static double Y(Landmark landmark) => landmark switch
    {
        Landmark.Nape or Landmark.HighPointShoulder => 30,
        Landmark.Shoulder => 40,
        Landmark.Bust => 72,
        Landmark.Underbust => 86,
        Landmark.Waist => 104,
        Landmark.HighHip => 118,
        Landmark.Hip => 134,
        Landmark.Crotch => 150,
        Landmark.MidThigh => 176,
        Landmark.Knee => 204,
        Landmark.Calf => 238,
        Landmark.Ankle => 282,
        Landmark.Floor => 298,
        Landmark.Elbow => 104,
        _ => 150,
    };

    private static double HemY(GarmentSpec spec) => Math.Clamp(Y(spec.Hem.To) + spec.Hem.OffsetCm * 1.6, Y(Landmark.Underbust), 304);

    private static double NeckDepth(GarmentSpec spec, bool back) => Y(Landmark.Nape) + (back ? 4 : spec.Neckline switch
    {
        "v-neck" or "notched-lapel" => 40,
        "scoop" or "sweetheart" or "square" => 26,
        "boat" => 6,
        "none" => 0,
        _ => 12,
    });

    private static double Half(double girthCm) => Scale * girthCm;

    private static double BustHalf(GarmentSpec spec) => Half(92 + spec.Ease.BustCm);

    private static double HemHalf(GarmentSpec spec) => spec.Kind == GarmentKind.Trousers
        ? Half(98 + spec.Ease.HipCm)
        : Math.Clamp(Half(spec.HemWidthCm), 24, 110);

    private static double LegHalf(GarmentSpec spec) => Math.Clamp(Scale * spec.HemWidthCm, 10, 60);

    private static double SleeveUnits(GarmentLength sleeve) => Math.Max(8, (sleeve.To == Landmark.Wrist ? 84 : 50) + sleeve.OffsetCm * 1.6);

    /// <summary>Markup already made safe (a path built here from numbers, a sanitised tile), passed through as is.</summary>
    private readonly record struct RawMarkup(string Text)
    {
        public override string ToString() => Text;
    }
}
