namespace FashionWallet.Catalog;

/// <summary>A print or woven pattern: its repeat, how the repeat tiles, how it is printed and its colours in order.</summary>
public sealed record PrintAttributes(
    decimal RepeatWidthCm,
    decimal RepeatHeightCm,
    string RepeatType,
    string Technique,
    IReadOnlyList<Colourway> Colours,
    decimal PricePerMetre) : CatalogAttributes
{
    public override decimal Price() => PricePerMetre;

    public override IReadOnlyList<string> MaterialNames() => [];

    public override IReadOnlyList<Colourway> NamedColours() => Colours;

    public override string MaterialText() => $"{Technique} print";

    internal override void Validate(FieldErrors errors, string prefix)
    {
        errors.Range($"{prefix}.repeatWidthCm", RepeatWidthCm, 0.2m, 320, " cm");
        errors.Range($"{prefix}.repeatHeightCm", RepeatHeightCm, 0.2m, 320, " cm");
        errors.OneOf($"{prefix}.repeatType", RepeatType, CatalogVocabulary.RepeatTypes);
        errors.OneOf($"{prefix}.technique", Technique, CatalogVocabulary.PrintTechniques);
        errors.Colours($"{prefix}.colours", Colours, 1, 8);
        errors.Range($"{prefix}.pricePerMetre", PricePerMetre, 0.01m, 5000m);
    }
}
