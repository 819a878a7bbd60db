namespace FashionWallet.Designs.Operations;

/// <summary>
/// Adds a colourway; at <paramref name="Index"/> when given, else last. <paramref name="Active"/> marks it active without
/// touching the garment: that is how removing the active colourway is undone, so it is allowed only while none is active.
/// </summary>
public sealed record AddColourway(string Id, string Name, IReadOnlyDictionary<string, PanelStyle?>? Panels, int? Index = null, bool Active = false) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var errors = new List<OperationError>();
        if (DocumentRules.Id(Id, "colourway") is { } badId)
            errors.Add(new("id", badId));
        else if (document.Colourways.Exists(c => c.Id == Id))
            errors.Add(new("id", $"There is already a colourway '{Id}'."));
        if (DocumentRules.Name(Name, "colourway") is { } badName)
            errors.Add(new("name", badName));
        var panels = DocumentRules.Panels(Panels, "panels", errors);
        if (document.Colourways.Count >= DesignLimits.MaxColourways)
            errors.Add(new("id", $"A design has at most {DesignLimits.MaxColourways} colourways."));
        if (Index is { } index && (index < 0 || index > document.Colourways.Count))
            errors.Add(new("index", $"The index is between 0 and {document.Colourways.Count}."));
        if (Active && document.ActiveColourwayId is not null)
            errors.Add(new("active", "Another colourway is active: apply this one instead."));
        if (errors.Count > 0)
            return OperationResult.Refused(errors);
        var colourway = new Colourway(Id, Name.Trim(), panels!);
        var added = document with
        {
            Colourways = document.Colourways.Insert(Index ?? document.Colourways.Count, colourway),
            ActiveColourwayId = Active ? Id : document.ActiveColourwayId,
        };
        return OperationResult.Applied(added, new RemoveColourway(Id));
    }

    public override IEnumerable<CatalogReference> CatalogReferences() => ColourwayFabrics.Of(Panels);
}

/// <summary>Renames a colourway or changes its panels (a null panel removes it); the garment changes only when it is applied again.</summary>
public sealed record UpdateColourway(string ColourwayId, string? Name = null, IReadOnlyDictionary<string, PanelStyle?>? Panels = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Colourways.FindIndex(c => c.Id == ColourwayId);
        if (index < 0)
            return OperationResult.Refused("colourwayId", $"There is no colourway '{DocumentRules.Shorten(ColourwayId)}' in this design.");
        var colourway = document.Colourways[index];
        var errors = new List<OperationError>();
        if (Name is not null && DocumentRules.Name(Name, "colourway") is { } badName)
            errors.Add(new("name", badName));
        var changes = DocumentRules.Panels(Panels?.Where(p => p.Value is not null).ToDictionary(), "panels", errors);
        if (errors.Count > 0)
            return OperationResult.Refused(errors);
        var panels = colourway.Panels.RemoveRange(Panels?.Where(p => p.Value is null || p.Value.IsEmpty).Select(p => p.Key) ?? []).SetItems(changes!);
        if (panels.Count > DesignLimits.MaxPanels)
            return OperationResult.Refused("panels", $"A colourway has at most {DesignLimits.MaxPanels} panels.");
        var inverse = new UpdateColourway(colourway.Id, Name is null ? null : colourway.Name,
            Panels?.Keys.ToDictionary(key => key, key => colourway.Panels.GetValueOrDefault(key)));
        var updated = colourway with { Name = Name?.Trim() ?? colourway.Name, Panels = panels };
        return OperationResult.Applied(document with { Colourways = document.Colourways.SetItem(index, updated) }, inverse);
    }

    public override IEnumerable<CatalogReference> CatalogReferences() => ColourwayFabrics.Of(Panels);
}

/// <summary>Removes a colourway; the garment keeps its current panels.</summary>
public sealed record RemoveColourway(string ColourwayId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Colourways.FindIndex(c => c.Id == ColourwayId);
        if (index < 0)
            return OperationResult.Refused("colourwayId", $"There is no colourway '{DocumentRules.Shorten(ColourwayId)}' in this design.");
        var colourway = document.Colourways[index];
        var wasActive = document.ActiveColourwayId == colourway.Id;
        var removed = document with { Colourways = document.Colourways.RemoveAt(index), ActiveColourwayId = wasActive ? null : document.ActiveColourwayId };
        var inverse = new AddColourway(colourway.Id, colourway.Name, colourway.Panels.ToDictionary(p => p.Key, p => (PanelStyle?)p.Value), index, wasActive);
        return OperationResult.Applied(removed, inverse);
    }
}

internal static class ColourwayFabrics
{
    public static IEnumerable<CatalogReference> Of(IReadOnlyDictionary<string, PanelStyle?>? panels) =>
        (panels ?? new Dictionary<string, PanelStyle?>()).Where(p => p.Value?.FabricId is not null)
            .Select(p => new CatalogReference($"panels.{p.Key}.fabricId", p.Value!.FabricId!.Value, Catalog.CatalogKind.Fabric, MayBeArchived: true));
}
