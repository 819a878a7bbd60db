namespace FashionWallet.Catalog;

/// <summary>
/// A garment shape and the parameters the garment generator drafts it from: ease over the body at bust, waist and hip,
/// the hem's circumference, and lengths between body landmarks (so the same silhouette fits every avatar).
/// </summary>
public sealed record SilhouetteAttributes(
    string GarmentType,
    string Fit,
    string Length,
    string Neckline,
    string Sleeve,
    string Closure,
    Ease Ease,
    decimal HemWidthCm,
    IReadOnlyList<LandmarkLength> Lengths,
    decimal BasePrice) : CatalogAttributes
{
    private static readonly Colourway Calico = new("Calico", "#EFE8D8");
    private static readonly Colourway Pencil = new("Pencil", "#3A3A3A");

    public override decimal Price() => BasePrice;

    public override IReadOnlyList<string> MaterialNames() => [];

    /// <summary>A silhouette has no colour of its own: it is drawn as a toile, in calico with pencil lines.</summary>
    public override IReadOnlyList<Colourway> NamedColours() => [Calico, Pencil];

    public override string MaterialText() => "";

    internal override void Validate(FieldErrors errors, string prefix)
    {
        errors.Text($"{prefix}.garmentType", GarmentType, 40, required: true);
        errors.OneOf($"{prefix}.fit", Fit, CatalogVocabulary.Fits);
        errors.OneOf($"{prefix}.length", Length, CatalogVocabulary.Lengths);
        errors.OneOf($"{prefix}.neckline", Neckline, CatalogVocabulary.Necklines);
        errors.OneOf($"{prefix}.sleeve", Sleeve, CatalogVocabulary.Sleeves);
        errors.OneOf($"{prefix}.closure", Closure, CatalogVocabulary.Closures);
        if (Ease is null)
        {
            errors.Add($"{prefix}.ease", "is required: bustCm, waistCm and hipCm");
        }
        else
        {
            // Negative ease is real (leggings, swimwear): the garment is smaller than the body and stretches onto it.
            errors.Range($"{prefix}.ease.bustCm", Ease.BustCm, -15, 80, " cm");
            errors.Range($"{prefix}.ease.waistCm", Ease.WaistCm, -15, 80, " cm");
            errors.Range($"{prefix}.ease.hipCm", Ease.HipCm, -15, 80, " cm");
        }
        errors.Range($"{prefix}.hemWidthCm", HemWidthCm, 10, 600, " cm");
        errors.Count($"{prefix}.lengths", Lengths, 1, 6, "lengths");
        for (var i = 0; i < (Lengths?.Count ?? 0); i++)
        {
            var field = $"{prefix}.lengths[{i}]";
            errors.OneOf($"{field}.measure", Lengths![i].Measure, CatalogVocabulary.LengthMeasures);
            errors.OneOf($"{field}.from", Lengths[i].From, CatalogVocabulary.Landmarks);
            errors.OneOf($"{field}.to", Lengths[i].To, CatalogVocabulary.Landmarks);
            if (Lengths[i].From == Lengths[i].To)
                errors.Add(field, "must run between two different landmarks");
            errors.Range($"{field}.offsetCm", Lengths[i].OffsetCm, -50, 50, " cm");
        }
        errors.Range($"{prefix}.basePrice", BasePrice, 0.01m, 5000m);
    }
}

/// <summary>Ease: how much larger than the body the garment is at each girth, in cm.</summary>
public sealed record Ease(decimal BustCm, decimal WaistCm, decimal HipCm);

/// <summary>A length from one body landmark to another, plus an offset (e.g. body from high-point-shoulder to knee, -5 cm).</summary>
public sealed record LandmarkLength(string Measure, string From, string To, decimal OffsetCm);
