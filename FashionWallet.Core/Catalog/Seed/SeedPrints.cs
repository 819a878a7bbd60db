namespace FashionWallet.Catalog;

/// <summary>A print from a design studio's library: repeat size in cm, how it repeats, how it is printed.</summary>
internal sealed record PrintSpec(
    string Name, string Category, decimal RepeatWidthCm, decimal RepeatHeightCm, string RepeatType, string Technique,
    string Colours, int ColourCount, decimal PricePerMetre, string Tags, string Description);

/// <summary>The seed catalog's prints and patterns.</summary>
internal static class SeedPrints
{
    public static IReadOnlyList<PrintSpec> All { get; } =
    [
        new("Ditsy Meadow Floral", "floral", 8, 8, "half-drop", "digital", "green", 4, 6.5m, "floral|ditsy|summer|vintage", "Tiny scattered wildflowers on a plain ground; reads as a texture from a distance."),
        new("Large Peony Floral", "floral", 64, 64, "half-drop", "digital", "pink", 5, 8.5m, "floral|peony|statement|romantic", "Painterly peonies at full scale, best on dresses with few seams."),
        new("Liberty-Style Tana Floral", "floral", 18, 18, "half-drop", "rotary", "blue", 5, 7.5m, "floral|heritage|lawn|classic", "A dense small-scale floral in the English tradition, engraved for rotary screens."),
        new("Tropical Palm Leaves", "floral", 52, 70, "half-drop", "digital", "green", 3, 7.5m, "tropical|leaves|resort|summer", "Oversized palm and monstera leaves for resort shirts."),
        new("Watercolour Roses", "floral", 40, 40, "half-drop", "digital", "pink", 4, 7.9m, "floral|watercolour|roses|romantic", "Soft-edged roses with visible brush washes."),
        new("Breton Stripe", "stripe", 2.4m, 2.4m, "block", "yarn-dyed", "blue", 2, 4.5m, "stripe|breton|nautical|classic", "The sailor's stripe: 1 cm navy on a 1.4 cm ecru ground."),
        new("Pinstripe", "stripe", 1.2m, 1.2m, "block", "yarn-dyed", "neutral", 2, 5.5m, "stripe|pinstripe|suiting|tailoring", "A fine chalk line every 12 mm, the suiting classic."),
        new("Awning Stripe", "stripe", 6, 6, "block", "screen", "warm", 2, 4.9m, "stripe|awning|bold|summer", "Wide, equal stripes of colour and white."),
        new("Candy Stripe Shirting", "stripe", 0.6m, 0.6m, "block", "yarn-dyed", "pink", 2, 4.5m, "stripe|shirting|candy|office", "Narrow even stripes for shirts."),
        new("Gingham Check 6 mm", "check", 1.2m, 1.2m, "block", "yarn-dyed", "blue", 2, 4.9m, "gingham|check|picnic|summer", "A 6 mm even check: white, colour and the half-tone where they cross."),
        new("Prince of Wales Check", "check", 9, 7, "block", "yarn-dyed", "neutral", 3, 6.9m, "check|glen plaid|suiting|heritage", "Glen plaid with an overcheck in a contrasting colour."),
        new("Tartan Blackwatch", "check", 17, 17, "mirror", "yarn-dyed", "green", 3, 6.9m, "tartan|plaid|scottish|winter", "Navy, green and black in a symmetrical sett."),
        new("Houndstooth", "check", 1.6m, 1.6m, "block", "yarn-dyed", "neutral", 2, 5.9m, "houndstooth|check|tailoring|classic", "The broken check of four-pointed shapes."),
        new("Buffalo Check", "check", 8, 8, "block", "yarn-dyed", "warm", 2, 5.5m, "check|buffalo|flannel|lumberjack", "Big two-colour blocks, the flannel shirt check."),
        new("Classic Polka Dot", "dot", 3, 3, "half-brick", "rotary", "neutral", 2, 5.5m, "polka dot|dots|retro|1950s", "Evenly spaced 8 mm dots on a half-brick grid."),
        new("Pin Dot", "dot", 1, 1, "half-brick", "rotary", "blue", 2, 5.5m, "dots|pin dot|tie|office", "Tiny dots, almost a texture; at home on ties and shirts."),
        new("Scattered Spot", "dot", 24, 24, "half-drop", "screen", "pink", 3, 6.5m, "dots|spots|playful|summer", "Irregular hand-drawn spots in two sizes."),
        new("Art Deco Fans", "geometric", 12, 8, "half-brick", "screen", "metal", 3, 7.5m, "geometric|art deco|1920s|evening", "Stacked scallop fans in the manner of 1920s wallpapers."),
        new("Bauhaus Blocks", "geometric", 30, 30, "block", "digital", "warm", 4, 6.9m, "geometric|bauhaus|modern|colour block", "Circles and squares in primary colours."),
        new("Diamond Lattice", "geometric", 6, 8, "block", "screen", "neutral", 2, 5.9m, "geometric|lattice|diamond|minimal", "A fine diamond trellis."),
        new("Abstract Brushstroke", "abstract", 60, 60, "half-drop", "digital", "blue", 4, 7.9m, "abstract|brushstroke|painterly|art", "Broad gestural strokes in overlapping translucent colour."),
        new("Marble Swirl", "abstract", 70, 70, "centre", "digital", "neutral", 3, 7.9m, "abstract|marble|swirl|luxury", "Veined marbling, placed rather than repeated."),
        new("Tie-Dye Spiral", "abstract", 90, 90, "centre", "digital", "pink", 4, 7.5m, "tie-dye|spiral|festival|1970s", "A radial tie-dye spiral engineered to a garment front."),
        new("Camouflage", "abstract", 45, 45, "half-drop", "screen", "green", 4, 6.5m, "camouflage|military|utility|streetwear", "Woodland camouflage in four interlocking colours."),
        new("Leopard Rosette", "animal", 28, 28, "half-drop", "screen", "neutral", 3, 6.9m, "leopard|animal|rosette|bold", "Rosettes of broken rings with darker centres."),
        new("Zebra Stripe", "animal", 40, 60, "half-drop", "screen", "neutral", 2, 6.5m, "zebra|animal|stripe|monochrome", "Tapering black stripes on white."),
        new("Python Skin", "animal", 30, 30, "half-drop", "digital", "neutral", 3, 7.5m, "python|snakeskin|animal|texture", "Overlapping scales with a tonal shadow."),
        new("Paisley Buta", "paisley", 20, 24, "half-drop", "rotary", "warm", 4, 7.5m, "paisley|buta|boho|heritage", "The Kashmiri teardrop in a dense repeat."),
        new("Bandana Paisley", "paisley", 55, 55, "mirror", "screen", "warm", 2, 6.5m, "paisley|bandana|western|summer", "A mirrored bandana layout in two colours."),
        new("Ikat Diamond", "traditional", 14, 22, "block", "yarn-dyed", "blue", 3, 9.5m, "ikat|traditional|woven|ethnic", "Blurred diamonds from threads resist-dyed before weaving."),
        new("Ajrakh Block Print", "traditional", 16, 16, "block", "block", "warm", 3, 11.5m, "ajrakh|block print|indigo|traditional|handmade", "Hand block-printed with natural dyes in the Kutch tradition."),
        new("Shibori Indigo", "traditional", 20, 20, "block", "discharge", "blue", 2, 9.5m, "shibori|indigo|japanese|tie-dye", "Folded and clamped resist-dye in indigo."),
    ];
}
