namespace FashionWallet.Catalog;

/// <summary>The closed lists that attributes draw from, so facets stay clean and a typo is an error, not a new value.</summary>
public static class CatalogVocabulary
{
    public static IReadOnlyList<string> Fits { get; } = ["slim", "regular", "relaxed", "oversized", "tailored"];
    public static IReadOnlyList<string> Lengths { get; } = ["cropped", "waist", "hip", "mid-thigh", "above-knee", "knee", "midi", "ankle", "maxi", "full"];
    public static IReadOnlyList<string> Necklines { get; } = ["none", "crew", "v-neck", "scoop", "boat", "square", "collared", "mandarin", "cowl", "halter", "turtleneck", "hooded", "notched-lapel", "sweetheart"];
    public static IReadOnlyList<string> Sleeves { get; } = ["none", "sleeveless", "cap", "short", "elbow", "three-quarter", "long", "raglan", "puff", "bishop"];
    public static IReadOnlyList<string> Closures { get; } = ["none", "pull-on", "buttons", "zip", "wrap", "hook-and-eye", "drawstring", "snaps", "ties"];

    /// <summary>Body landmarks the garment generator measures lengths between (see the avatar's measurement set).</summary>
    public static IReadOnlyList<string> Landmarks { get; } = ["nape", "high-point-shoulder", "shoulder", "bust", "underbust", "waist", "high-hip", "hip", "crotch", "mid-thigh", "knee", "calf", "ankle", "floor", "elbow", "wrist"];

    public static IReadOnlyList<string> LengthMeasures { get; } = ["body", "sleeve", "inseam", "skirt"];

    public static IReadOnlyList<string> Weaves { get; } = ["plain", "twill", "satin", "jersey", "rib", "interlock", "fleece", "pile", "dobby", "jacquard", "nonwoven"];
    public static IReadOnlyList<string> Stretches { get; } = ["none", "mechanical", "two-way", "four-way"];
    public static IReadOnlyList<string> Drapes { get; } = ["stiff", "structured", "medium", "fluid"];
    public static IReadOnlyList<string> Opacities { get; } = ["sheer", "semi-sheer", "opaque"];
    public static IReadOnlyList<string> CareInstructions { get; } =
    [
        "machine-wash-30", "machine-wash-40", "machine-wash-60", "hand-wash", "dry-clean", "do-not-wash",
        "tumble-dry-low", "do-not-tumble-dry", "line-dry", "dry-flat", "iron-low", "iron-medium", "iron-high",
        "do-not-iron", "do-not-bleach", "steam",
    ];

    /// <summary>Fibres and trim materials, each with the group the similarity vector uses.</summary>
    public static IReadOnlyDictionary<string, MaterialGroup> Materials { get; } = new Dictionary<string, MaterialGroup>
    {
        ["cotton"] = MaterialGroup.Plant, ["linen"] = MaterialGroup.Plant, ["hemp"] = MaterialGroup.Plant, ["ramie"] = MaterialGroup.Plant,
        ["wool"] = MaterialGroup.Animal, ["silk"] = MaterialGroup.Animal, ["cashmere"] = MaterialGroup.Animal,
        ["mohair"] = MaterialGroup.Animal, ["alpaca"] = MaterialGroup.Animal, ["leather"] = MaterialGroup.Animal,
        ["viscose"] = MaterialGroup.Regenerated, ["lyocell"] = MaterialGroup.Regenerated, ["modal"] = MaterialGroup.Regenerated,
        ["cupro"] = MaterialGroup.Regenerated, ["acetate"] = MaterialGroup.Regenerated,
        ["polyester"] = MaterialGroup.Synthetic, ["nylon"] = MaterialGroup.Synthetic, ["elastane"] = MaterialGroup.Synthetic,
        ["acrylic"] = MaterialGroup.Synthetic, ["polyurethane"] = MaterialGroup.Synthetic, ["resin"] = MaterialGroup.Synthetic,
        ["brass"] = MaterialGroup.Metal, ["nickel"] = MaterialGroup.Metal, ["steel"] = MaterialGroup.Metal, ["aluminium"] = MaterialGroup.Metal,
        ["corozo"] = MaterialGroup.Natural, ["horn"] = MaterialGroup.Natural, ["mother-of-pearl"] = MaterialGroup.Natural,
        ["wood"] = MaterialGroup.Natural, ["coconut"] = MaterialGroup.Natural,
    };

    public static IReadOnlyList<string> RepeatTypes { get; } = ["block", "half-drop", "half-brick", "mirror", "centre"];
    public static IReadOnlyList<string> PrintTechniques { get; } = ["digital", "screen", "rotary", "block", "discharge", "yarn-dyed"];
    public static IReadOnlyList<string> PlacementZones { get; } =
    [
        "centre-front", "centre-back", "chest", "hip", "side-seam", "neckline", "collar", "cuff", "sleeve", "hem",
        "waistband", "fly", "shoulder", "yoke", "pocket-opening",
    ];
}

/// <summary>Where a fibre or trim material comes from; an axis of the similarity vector.</summary>
public enum MaterialGroup
{
    Plant,
    Animal,
    Regenerated,
    Synthetic,
    Metal,
    Natural,
}
