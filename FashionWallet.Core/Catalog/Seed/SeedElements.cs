namespace FashionWallet.Catalog;

/// <summary>A trim or detail as a trim supplier lists it; size in mm, price per piece (or per metre for tapes).</summary>
internal sealed record ElementSpec(
    string Name, string Category, string Style, decimal WidthMm, decimal HeightMm, string Material, string Colours,
    decimal UnitPrice, string Zones, int MaxPerGarment, string SilhouetteCategories, decimal? SpacingMm, string Tags, string Description);

/// <summary>The seed catalog's design elements: buttons, zips, pockets, collars, cuffs and trims.</summary>
internal static class SeedElements
{
    public static IReadOnlyList<ElementSpec> All { get; } =
    [
        new("Corozo Four-Hole Button 15 mm", "buttons", "four-hole", 15, 3.5m, "corozo", "neutral", 0.45m, "centre-front|cuff", 12, "tops|dresses|outerwear", 80, "button|corozo|natural|shirt", "Turned from tagua nut; 24 ligne, dyes like horn."),
        new("Mother-of-Pearl Shirt Button 11 mm", "buttons", "four-hole", 11, 2.5m, "mother-of-pearl", "neutral", 0.85m, "centre-front|cuff|collar", 14, "tops|dresses", 75, "button|mother of pearl|shirt|luxury", "Real shell with its natural iridescence; 18 ligne."),
        new("Horn Toggle", "buttons", "toggle", 45, 12, "horn", "neutral", 1.9m, "centre-front", 5, "outerwear", 120, "toggle|horn|duffle|coat", "A carved horn toggle for duffle coats, on a leather or cord loop."),
        new("Brass Shank Blazer Button 20 mm", "buttons", "shank", 20, 8, "brass", "metal", 1.25m, "centre-front|cuff", 10, "outerwear", 90, "button|brass|blazer|navy", "Embossed brass with a shank, 32 ligne."),
        new("Jeans Tack Button 17 mm", "buttons", "tack", 17, 9, "nickel", "metal", 0.35m, "waistband|fly", 2, "bottoms|outerwear", null, "button|jeans|tack|denim", "A hammered two-part tack button for denim waistbands."),
        new("Coconut Shell Button 18 mm", "buttons", "two-hole", 18, 3.5m, "coconut", "neutral", 0.4m, "centre-front", 10, "tops|dresses|outerwear", 90, "button|coconut|natural|resort", "Cut from coconut shell, each one a little different."),
        new("Resin Button 13 mm", "buttons", "four-hole", 13, 3, "resin", "all", 0.12m, "centre-front|cuff", 14, "tops|dresses|bottoms", 80, "button|resin|basic", "A polyester resin button in dyed colours."),
        new("Wooden Button 20 mm", "buttons", "two-hole", 20, 4, "wood", "neutral", 0.3m, "centre-front", 8, "tops|outerwear", 100, "button|wood|natural|knitwear", "Oiled beechwood; for knitwear and linen."),
        new("Snap Fastener 12 mm", "buttons", "snap", 12, 6, "steel", "metal", 0.18m, "centre-front|cuff", 12, "tops|outerwear|activewear", 70, "snap|popper|press stud|kidswear", "A ring-prong snap for jersey and kidswear."),
        new("Invisible Zip 22 cm", "zips", "invisible", 25, 220, "nylon", "all", 0.75m, "centre-back|side-seam", 1, "dresses|bottoms", null, "zip|invisible|concealed|dress", "A concealed coil zip that disappears into the seam."),
        new("Metal Jeans Zip 18 cm", "zips", "closed-end metal", 30, 180, "brass", "metal", 0.95m, "fly", 1, "bottoms", null, "zip|jeans|brass|fly", "A no.4 brass zip with an auto-lock slider."),
        new("Two-Way Open-End Zip 70 cm", "zips", "two-way open-end", 35, 700, "nylon", "neutral", 3.5m, "centre-front", 1, "outerwear", null, "zip|two-way|parka|open-end", "A no.5 coil zip that opens from both ends, for long coats."),
        new("Chunky Moulded Zip 60 cm", "zips", "open-end moulded", 40, 600, "polyester", "all", 2.9m, "centre-front", 1, "outerwear|activewear", null, "zip|chunky|moulded|sportswear", "A no.8 moulded plastic zip for sportswear."),
        new("Water-Resistant Zip 50 cm", "zips", "coated coil", 32, 500, "polyurethane", "neutral", 3.9m, "centre-front|chest", 3, "outerwear|activewear", null, "zip|waterproof|technical|outdoor", "A PU-coated coil zip for rainwear."),
        new("Patch Pocket", "pockets", "patch", 150, 170, "cotton", "neutral", 0.6m, "chest|hip", 4, "tops|outerwear|bottoms", null, "pocket|patch|workwear|chore", "A square patch pocket with a 3 cm turned-down facing and bartacks."),
        new("Jetted Welt Pocket", "pockets", "double welt", 140, 15, "wool", "neutral", 1.4m, "hip|chest", 4, "outerwear|bottoms", null, "pocket|welt|tailoring|blazer", "Two 6 mm welts, a tailored pocket."),
        new("Flap Pocket", "pockets", "flap", 155, 60, "wool", "neutral", 1.5m, "hip", 3, "outerwear", null, "pocket|flap|blazer|coat", "A jetted pocket under a shaped flap."),
        new("Kangaroo Pocket", "pockets", "kangaroo", 280, 200, "cotton", "all", 0.9m, "hip", 1, "tops|activewear", null, "pocket|kangaroo|hoodie|sweatshirt", "A single pouch pocket open at both sides."),
        new("Cargo Bellows Pocket", "pockets", "bellows", 170, 210, "cotton", "green", 1.6m, "hip|side-seam", 4, "bottoms|outerwear", null, "pocket|cargo|utility|military", "An expanding pocket with a flap and snap closure."),
        new("Slant Side Pocket", "pockets", "slant", 160, 40, "cotton", "neutral", 0.7m, "hip", 2, "bottoms", null, "pocket|slant|chino|trousers", "An angled on-seam pocket with facing."),
        new("Peter Pan Collar", "collars", "peter pan", 320, 60, "cotton", "neutral", 1.2m, "neckline|collar", 1, "tops|dresses", null, "collar|peter pan|vintage|girlish", "A flat, round-ended collar."),
        new("Mandarin Collar", "collars", "stand", 400, 35, "cotton", "all", 1, "neckline|collar", 1, "tops|traditional|outerwear", null, "collar|mandarin|band|stand", "A 3.5 cm stand collar with no fall."),
        new("Classic Spread Collar", "collars", "spread", 420, 75, "cotton", "neutral", 1.5m, "neckline|collar", 1, "tops|dresses", null, "collar|spread|shirt|office", "A two-piece shirt collar with a stand and widely spread points."),
        new("Button-Down Collar", "collars", "button-down", 420, 80, "cotton", "blue", 1.5m, "neckline|collar", 1, "tops", null, "collar|button-down|oxford|shirt", "Points held down by small buttons, the oxford shirt collar."),
        new("Shawl Collar", "collars", "shawl", 700, 120, "wool", "neutral", 2.9m, "neckline|collar", 1, "outerwear|tops", null, "collar|shawl|tuxedo|cardigan", "A rolled collar without a notch, as on tuxedos and cardigans."),
        new("Sailor Collar", "collars", "sailor", 450, 250, "cotton", "blue", 2.5m, "neckline|collar", 1, "tops|dresses", null, "collar|sailor|nautical|middy", "A square flap at the back and a V at the front."),
        new("Barrel Cuff", "cuffs", "barrel", 250, 60, "cotton", "neutral", 0.9m, "cuff|sleeve", 2, "tops|dresses", null, "cuff|barrel|shirt", "A single-button shirt cuff."),
        new("French Double Cuff", "cuffs", "french", 270, 110, "cotton", "neutral", 1.4m, "cuff|sleeve", 2, "tops", null, "cuff|french|double|cufflinks|formal", "A folded-back cuff closed with cufflinks."),
        new("Rib Knit Cuff", "cuffs", "rib", 90, 70, "cotton", "all", 0.5m, "cuff|hem|sleeve", 2, "tops|outerwear|activewear", null, "cuff|rib|sweatshirt|bomber", "A 1x1 rib cuff, 7 cm finished."),
        new("Turn-Up Trouser Cuff", "cuffs", "turn-up", 420, 40, "wool", "neutral", 0.8m, "hem", 2, "bottoms", null, "cuff|turn-up|trousers|tailoring", "A 4 cm turn-up at the trouser hem."),
        new("Cotton Piping Cord", "trims", "piping", 1000, 5, "cotton", "all", 1.2m, "side-seam|neckline|pocket-opening|yoke", 10, "tops|dresses|outerwear|bottoms", null, "piping|trim|seam|cord", "Bias-covered cord set into seams, per metre."),
        new("Chantilly Lace Trim", "trims", "lace", 1000, 45, "nylon", "neutral", 4.5m, "hem|neckline|cuff", 6, "dresses|tops", null, "lace|chantilly|bridal|lingerie", "A fine scalloped lace edging, per metre."),
        new("Grosgrain Ribbon 25 mm", "trims", "ribbon", 1000, 25, "polyester", "all", 0.9m, "waistband|hem|neckline", 6, "dresses|tops|bottoms", null, "ribbon|grosgrain|trim|bow", "A ribbed ribbon with firm edges, per metre."),
        new("Rickrack Braid", "trims", "rickrack", 1000, 12, "cotton", "warm", 0.6m, "hem|cuff|yoke", 6, "tops|dresses", null, "rickrack|braid|trim|retro", "A zigzag woven braid, per metre."),
        new("Pom-Pom Fringe", "trims", "fringe", 1000, 30, "acrylic", "warm", 1.1m, "hem|cuff", 4, "tops|dresses|traditional", null, "pom-pom|fringe|boho|festive", "Small pom-poms on a braid, per metre."),
        new("Zari Gold Border", "trims", "border", 1000, 40, "polyester", "metal", 3.9m, "hem|neckline|cuff", 6, "traditional|dresses", null, "zari|border|gold|festive|traditional", "A metallic woven border for sarees, kurtas and lehengas, per metre."),
        new("Reflective Tape 25 mm", "trims", "reflective", 1000, 25, "polyester", "metal", 1.6m, "sleeve|hem|centre-back", 6, "activewear|outerwear", null, "reflective|safety|running|technical", "Retro-reflective tape for visibility at night, per metre."),
        new("Cotton Twill Tape 15 mm", "trims", "tape", 1000, 15, "cotton", "neutral", 0.35m, "neckline|waistband|yoke", 8, "tops|bottoms|outerwear", null, "twill tape|tape|trim|workwear", "A herringbone tape for hanging loops and seam stays, per metre."),
        new("Velvet Ribbon 10 mm", "trims", "ribbon", 1000, 10, "nylon", "pink", 0.9m, "neckline|waistband|cuff", 6, "dresses|tops", null, "velvet|ribbon|evening|trim", "A soft single-faced velvet ribbon, per metre."),
        new("Soutache Braid", "trims", "braid", 1000, 3, "viscose", "all", 0.5m, "neckline|cuff|hem|chest", 10, "outerwear|traditional|dresses", null, "soutache|braid|embellishment|military", "A narrow braid couched in scrolls, per metre."),
    ];
}
