namespace FashionWallet.Designs.Operations;

public static class GarmentProperties
{
    public const string Silhouette = "silhouette";
    public const string Fabric = "fabric";
    public const string Colour = "colour";

    public static readonly IReadOnlyList<string> All = [Silhouette, Fabric, Colour];
}

/// <summary>
/// Sets the garment's silhouette (a catalog id), or one panel's fabric (a catalog id) or colour (#rrggbb). A null value
/// clears it; a panel left with neither fabric nor colour is dropped, so clearing is the exact inverse of a first set.
/// </summary>
public sealed record SetGarment(string Property, string? Panel = null, string? Value = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var garment = document.Garment;
        switch (Property)
        {
            case GarmentProperties.Silhouette:
                if (Panel is not null)
                    return OperationResult.Refused("panel", "The silhouette belongs to the whole garment: leave the panel out.");
                if (!TryParseId(Value, out var silhouette))
                    return OperationResult.Refused("value", "Give the silhouette's catalog id.");
                return OperationResult.Applied(document with { Garment = garment with { SilhouetteId = silhouette } },
                    new SetGarment(Property, null, garment.SilhouetteId?.ToString()));

            case GarmentProperties.Fabric or GarmentProperties.Colour:
                if (DocumentRules.Slug(Panel, "panel") is { } badPanel)
                    return OperationResult.Refused("panel", badPanel);
                var style = garment.Panels.GetValueOrDefault(Panel!) ?? new PanelStyle(null, null);
                PanelStyle changed;
                string? previous;
                if (Property == GarmentProperties.Fabric)
                {
                    if (!TryParseId(Value, out var fabric))
                        return OperationResult.Refused("value", "Give the fabric's catalog id.");
                    (changed, previous) = (style with { FabricId = fabric }, style.FabricId?.ToString());
                }
                else
                {
                    if (Value is not null && DocumentRules.Colour(Value) is { } badColour)
                        return OperationResult.Refused("value", badColour);
                    (changed, previous) = (style with { Colour = Value is null ? null : DocumentRules.NormaliseColour(Value) }, style.Colour);
                }
                if (!garment.Panels.ContainsKey(Panel!) && garment.Panels.Count >= DesignLimits.MaxPanels)
                    return OperationResult.Refused("panel", $"A garment has at most {DesignLimits.MaxPanels} panels.");
                var panels = changed.IsEmpty ? garment.Panels.Remove(Panel!) : garment.Panels.SetItem(Panel!, changed);
                return OperationResult.Applied(document with { Garment = garment with { Panels = panels } }, new SetGarment(Property, Panel, previous));

            default:
                return OperationResult.Refused("property", $"A garment property is one of: {string.Join(", ", GarmentProperties.All)}.");
        }
    }

    public override IEnumerable<CatalogReference> CatalogReferences()
    {
        if (Guid.TryParse(Value, out var id) && Property is GarmentProperties.Silhouette or GarmentProperties.Fabric)
            yield return new("value", id, Property == GarmentProperties.Silhouette ? Catalog.CatalogKind.Silhouette : Catalog.CatalogKind.Fabric);
    }

    /// <summary>Null (clear) or a catalog id.</summary>
    private static bool TryParseId(string? value, out Guid? id)
    {
        id = null;
        if (value is null)
            return true;
        if (!Guid.TryParse(value, out var parsed) || parsed == Guid.Empty)
            return false;
        id = parsed;
        return true;
    }
}

/// <summary>Puts back every panel and the active colourway as they were: the inverse of applying a colourway.</summary>
public sealed record RestorePanels(IReadOnlyDictionary<string, PanelStyle?>? Panels, string? ActiveColourwayId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var errors = new List<OperationError>();
        var panels = DocumentRules.Panels(Panels, "panels", errors);
        if (ActiveColourwayId is not null && !document.Colourways.Exists(c => c.Id == ActiveColourwayId))
            errors.Add(new("activeColourwayId", $"There is no colourway '{DocumentRules.Shorten(ActiveColourwayId)}' in this design."));
        if (errors.Count > 0)
            return OperationResult.Refused(errors);
        var inverse = new RestorePanels(document.Garment.Panels.ToDictionary(p => p.Key, p => (PanelStyle?)p.Value), document.ActiveColourwayId);
        return OperationResult.Applied(document with { Garment = document.Garment with { Panels = panels! }, ActiveColourwayId = ActiveColourwayId }, inverse);
    }
}

/// <summary>Sets the garment's panels from a colourway (panels it does not name keep theirs) and marks it active.</summary>
public sealed record ApplyColourway(string ColourwayId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (document.Colourways.Find(c => c.Id == ColourwayId) is not { } colourway)
            return OperationResult.Refused("colourwayId", $"There is no colourway '{DocumentRules.Shorten(ColourwayId)}' in this design.");
        var panels = document.Garment.Panels.SetItems(colourway.Panels);
        if (panels.Count > DesignLimits.MaxPanels)
            return OperationResult.Refused("colourwayId", $"A garment has at most {DesignLimits.MaxPanels} panels.");
        var inverse = new RestorePanels(document.Garment.Panels.ToDictionary(p => p.Key, p => (PanelStyle?)p.Value), document.ActiveColourwayId);
        return OperationResult.Applied(document with { Garment = document.Garment with { Panels = panels }, ActiveColourwayId = colourway.Id }, inverse);
    }
}

/// <summary>The whole document replaced (a named version restored); the inverse replaces it back.</summary>
public sealed record ReplaceDocument(DesignDocument Document) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document) =>
        Document is null ? OperationResult.Refused("document", "Give the document.") : OperationResult.Applied(Document, new ReplaceDocument(document));
}
