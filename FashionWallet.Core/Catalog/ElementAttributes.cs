namespace FashionWallet.Catalog;

/// <summary>A trim or construction detail (button, zip, pocket, collar, cuff, trim) and where a garment may carry it.</summary>
public sealed record ElementAttributes(
    string Style,
    ElementSize Size,
    string Material,
    IReadOnlyList<Colourway> Colours,
    decimal UnitPrice,
    PlacementRules Placement) : CatalogAttributes
{
    public override decimal Price() => UnitPrice;

    public override IReadOnlyList<string> MaterialNames() => [Material];

    public override IReadOnlyList<Colourway> NamedColours() => Colours;

    internal override void Validate(FieldErrors errors, string prefix)
    {
        errors.Text($"{prefix}.style", Style, 40, required: true);
        if (Size is null)
        {
            errors.Add($"{prefix}.size", "is required: widthMm and heightMm");
        }
        else
        {
            errors.Range($"{prefix}.size.widthMm", Size.WidthMm, 1, 2000, " mm");
            errors.Range($"{prefix}.size.heightMm", Size.HeightMm, 0.5m, 2000, " mm");
        }
        errors.OneOf($"{prefix}.material", Material, CatalogVocabulary.Materials.Keys.ToArray());
        errors.Colours($"{prefix}.colours", Colours, 1, 6);
        errors.Range($"{prefix}.unitPrice", UnitPrice, 0.01m, 1000m);
        if (Placement is null)
        {
            errors.Add($"{prefix}.placement", "is required: zones, maxPerGarment and silhouetteCategories");
            return;
        }
        errors.Count($"{prefix}.placement.zones", Placement.Zones, 1, 8, "zones");
        for (var i = 0; i < (Placement.Zones?.Count ?? 0); i++)
            errors.OneOf($"{prefix}.placement.zones[{i}]", Placement.Zones![i], CatalogVocabulary.PlacementZones);
        errors.Range($"{prefix}.placement.maxPerGarment", Placement.MaxPerGarment, 1, 500);
        errors.Count($"{prefix}.placement.silhouetteCategories", Placement.SilhouetteCategories, 1, 6, "categories");
        for (var i = 0; i < (Placement.SilhouetteCategories?.Count ?? 0); i++)
            errors.OneOf($"{prefix}.placement.silhouetteCategories[{i}]", Placement.SilhouetteCategories![i], CatalogKind.Categories[CatalogKind.Silhouette]);
        if (Placement.SpacingMm is { } spacing)
            errors.Range($"{prefix}.placement.spacingMm", spacing, 1, 1000, " mm");
    }
}

public sealed record ElementSize(decimal WidthMm, decimal HeightMm);

/// <summary>Where an element may go: zones, how many at most, on which silhouette categories, and spacing for repeats.</summary>
public sealed record PlacementRules(IReadOnlyList<string> Zones, int MaxPerGarment, IReadOnlyList<string> SilhouetteCategories, decimal? SpacingMm = null);
