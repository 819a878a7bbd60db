using FashionWallet.Catalog;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// What the generator drafts: the kind of garment, its ease, its hem (a landmark plus an offset, and the hem's
/// circumference as drafted for <see cref="ReferenceHipCm"/>), its sleeves (none when sleeveless) and its details.
/// </summary>
public sealed record GarmentSpec(
    string Name,
    GarmentKind Kind,
    GarmentEase Ease,
    double HemWidthCm,
    GarmentLength Hem,
    GarmentLength? Sleeve = null,
    string Neckline = "crew",
    string Closure = "pull-on",
    string Fit = "regular")
{
    /// <summary>The hip of the sample size silhouettes are drafted on; hems grade with the wearer's hip from it.</summary>
    public const double ReferenceHipCm = 96;

    /// <summary>Collars and stands are drawn and modelled as a band around the neck.</summary>
    public bool HasCollar => Neckline is "collared" or "mandarin" or "notched-lapel" or "turtleneck" or "hooded";

    /// <summary>A front that opens (buttons, a zip, a wrap) has a centre-front edge in the flat and a placket line.</summary>
    public bool OpensAtFront => Closure is "buttons" or "zip" or "wrap" or "snaps" or "hook-and-eye";

    /// <summary>Extra girth of the sleeve over the upper arm, by fit.</summary>
    public double SleeveEaseCm => Fit switch { "slim" => 4, "tailored" => 6, "relaxed" => 12, "oversized" => 18, _ => 8 } + (Kind == GarmentKind.Jacket ? 4 : 0);

    /// <summary>
    /// The spec for a catalog silhouette. Tolerant: a missing or unknown attribute takes the kind's usual value
    /// (ease by fit, length by the silhouette's length word, sleeves by its sleeve word).
    /// </summary>
    public static GarmentSpec From(SilhouetteAttributes silhouette, string? category = null, string? name = null)
    {
        var kind = KindOf(silhouette.GarmentType, category, silhouette.Lengths);
        var fit = silhouette.Fit ?? "regular";
        var ease = silhouette.Ease is { } e
            ? new GarmentEase((double)e.BustCm, (double)e.WaistCm, (double)e.HipCm)
            : DefaultEase(kind, fit);
        var lengths = silhouette.Lengths ?? [];
        var hemMeasure = kind switch { GarmentKind.Trousers => "inseam", GarmentKind.Skirt => "skirt", _ => "body" };
        var hem = LengthFrom(lengths.FirstOrDefault(l => l.Measure == hemMeasure) ?? lengths.FirstOrDefault(l => l.Measure != "sleeve"))
            ?? new GarmentLength(DefaultHem(silhouette.Length, kind));
        var sleeve = kind is GarmentKind.Skirt or GarmentKind.Trousers || silhouette.Sleeve is "none" or "sleeveless"
            ? null
            : LengthFrom(lengths.FirstOrDefault(l => l.Measure == "sleeve")) ?? DefaultSleeve(silhouette.Sleeve);
        var hemWidth = silhouette.HemWidthCm > 0 ? (double)silhouette.HemWidthCm : DefaultHemWidth(kind);
        return new GarmentSpec(name ?? silhouette.GarmentType ?? kind.ToString(), kind, ease, hemWidth, hem, sleeve,
            silhouette.Neckline ?? "crew", silhouette.Closure ?? "pull-on", fit);
    }

    public static GarmentKind KindOf(string? garmentType, string? category, IReadOnlyList<Catalog.LandmarkLength>? lengths = null)
    {
        var type = (garmentType ?? "").ToLowerInvariant();
        if (type.Contains("skirt"))
            return GarmentKind.Skirt;
        if (type.Contains("dress") || type is "kurta" or "anarkali" || category == "dresses")
            return GarmentKind.Dress;
        if (lengths?.Any(l => l.Measure == "inseam") == true || type is "trousers" or "jeans" or "chinos" or "shorts" or "leggings" || type.Contains("trousers") || type.Contains("pants"))
            return GarmentKind.Trousers;
        if (category is "bottoms")
            return GarmentKind.Skirt;
        if (category is "outerwear" || type is "blazer" or "sherwani" or "bomber" or "parka" || type.Contains("jacket") || type.Contains("coat"))
            return GarmentKind.Jacket;
        return GarmentKind.Top;
    }

    private static GarmentLength? LengthFrom(Catalog.LandmarkLength? length) =>
        length is not null && Landmarks.Parse(length.To) is { } to ? new GarmentLength(to, (double)length.OffsetCm) : null;

    private static GarmentEase DefaultEase(GarmentKind kind, string fit)
    {
        var ease = fit switch { "slim" => 4.0, "tailored" => 8, "relaxed" => 20, "oversized" => 30, _ => 12 };
        return kind is GarmentKind.Skirt or GarmentKind.Trousers ? new GarmentEase(0, ease / 4, ease / 2) : new GarmentEase(ease, ease, ease);
    }

    private static Landmark DefaultHem(string? length, GarmentKind kind) => length switch
    {
        "cropped" => Landmark.Underbust,
        "waist" => Landmark.Waist,
        "hip" => Landmark.Hip,
        "mid-thigh" => Landmark.MidThigh,
        "above-knee" or "knee" => Landmark.Knee,
        "midi" => Landmark.Calf,
        "ankle" or "maxi" or "full" => Landmark.Ankle,
        _ => kind switch { GarmentKind.Trousers => Landmark.Ankle, GarmentKind.Skirt or GarmentKind.Dress => Landmark.Knee, _ => Landmark.Hip },
    };

    private static GarmentLength DefaultSleeve(string? sleeve) => sleeve switch
    {
        "cap" => new GarmentLength(Landmark.Elbow, -22),
        "short" or "puff" => new GarmentLength(Landmark.Elbow, -12),
        "elbow" => new GarmentLength(Landmark.Elbow),
        "three-quarter" => new GarmentLength(Landmark.Wrist, -8),
        _ => new GarmentLength(Landmark.Wrist),
    };

    private static double DefaultHemWidth(GarmentKind kind) => kind switch
    {
        GarmentKind.Trousers => 42,
        GarmentKind.Skirt or GarmentKind.Dress => 140,
        _ => 104,
    };
}
