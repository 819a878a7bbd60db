namespace FashionWallet.Catalog;

/// <summary>A cloth as a cutting room buys it: fibre content, weight, width, hand and price per metre.</summary>
public sealed record FabricAttributes(
    IReadOnlyList<FibreShare> Composition,
    int WeightGsm,
    string Weave,
    string Stretch,
    string Drape,
    string Opacity,
    int WidthCm,
    decimal PricePerMetre,
    IReadOnlyList<string> Care,
    IReadOnlyList<Colourway> Colourways) : CatalogAttributes
{
    public override decimal Price() => PricePerMetre;

    public override IReadOnlyList<string> MaterialNames() => Composition.Select(f => f.Fibre).ToArray();

    public override IReadOnlyList<Colourway> NamedColours() => Colourways;

    public override string? StretchLevel() => Stretch;

    /// <summary>"98% cotton 2% elastane", as on a label.</summary>
    public string CompositionLabel() => string.Join(' ', Composition.Select(f => $"{f.Percent}% {f.Fibre}"));

    public override string MaterialText() => CompositionLabel();

    internal override void Validate(FieldErrors errors, string prefix)
    {
        errors.Count($"{prefix}.composition", Composition, 1, 6, "fibres");
        for (var i = 0; i < (Composition?.Count ?? 0); i++)
        {
            errors.OneOf($"{prefix}.composition[{i}].fibre", Composition![i].Fibre, CatalogVocabulary.Materials.Keys.ToArray());
            errors.Range($"{prefix}.composition[{i}].percent", Composition[i].Percent, 1, 100, "%");
        }
        if (Composition is { Count: > 0 } && Composition.Sum(f => f.Percent) != 100)
            errors.Add($"{prefix}.composition", $"percentages must add up to 100 (got {Composition.Sum(f => f.Percent)})");
        errors.Range($"{prefix}.weightGsm", WeightGsm, 10, 1500, " g/m2");
        errors.OneOf($"{prefix}.weave", Weave, CatalogVocabulary.Weaves);
        errors.OneOf($"{prefix}.stretch", Stretch, CatalogVocabulary.Stretches);
        errors.OneOf($"{prefix}.drape", Drape, CatalogVocabulary.Drapes);
        errors.OneOf($"{prefix}.opacity", Opacity, CatalogVocabulary.Opacities);
        errors.Range($"{prefix}.widthCm", WidthCm, 40, 330, " cm");
        errors.Range($"{prefix}.pricePerMetre", PricePerMetre, 0.01m, 5000m);
        for (var i = 0; i < (Care?.Count ?? 0); i++)
            errors.OneOf($"{prefix}.care[{i}]", Care![i], CatalogVocabulary.CareInstructions);
        errors.Colours($"{prefix}.colourways", Colourways, 1, 12);
    }
}

public sealed record FibreShare(string Fibre, int Percent);
