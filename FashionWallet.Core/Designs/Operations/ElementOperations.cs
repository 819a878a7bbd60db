namespace FashionWallet.Designs.Operations;

/// <summary>Places a catalog design element in a zone; at <paramref name="Index"/> in the list when given (how a removal is undone), else last.</summary>
public sealed record AddElement(PlacedElement Element, int? Index = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (Element is null)
            return OperationResult.Refused("element", "Describe the element to place.");
        var errors = ElementRules.Check(Element, "element.");
        if (DocumentRules.Id(Element.Id, "element") is { } badId)
            errors.Add(new("element.id", badId));
        else if (document.Elements.Exists(e => e.Id == Element.Id))
            errors.Add(new("element.id", $"There is already an element '{Element.Id}'."));
        if (Element.ElementId == Guid.Empty)
            errors.Add(new("element.elementId", "Give the element's catalog id."));
        if (document.Elements.Count >= DesignLimits.MaxElements)
            errors.Add(new("element", $"A design has at most {DesignLimits.MaxElements} placed elements."));
        if (Index is { } index && (index < 0 || index > document.Elements.Count))
            errors.Add(new("index", $"The index is between 0 and {document.Elements.Count}."));
        if (errors.Count > 0)
            return OperationResult.Refused(errors);
        return OperationResult.Applied(document with { Elements = document.Elements.Insert(Index ?? document.Elements.Count, Element) }, new RemoveElement(Element.Id));
    }

    public override IEnumerable<CatalogReference> CatalogReferences() =>
        Element is { ElementId: var id } && id != Guid.Empty ? [new("element.elementId", id, Catalog.CatalogKind.Element)] : [];
}

public sealed record RemoveElement(string ElementId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Elements.FindIndex(e => e.Id == ElementId);
        if (index < 0)
            return OperationResult.Refused("elementId", $"There is no element '{DocumentRules.Shorten(ElementId)}' in this design.");
        return OperationResult.Applied(document with { Elements = document.Elements.RemoveAt(index) }, new AddElement(document.Elements[index], index));
    }
}

/// <summary>Moves a placed element to another zone or position, or changes how many; only the fields given change.</summary>
public sealed record UpdateElement(string ElementId, string? Zone = null, double? X = null, double? Y = null, int? Count = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Elements.FindIndex(e => e.Id == ElementId);
        if (index < 0)
            return OperationResult.Refused("elementId", $"There is no element '{DocumentRules.Shorten(ElementId)}' in this design.");
        var element = document.Elements[index];
        var updated = element with { Zone = Zone ?? element.Zone, X = X ?? element.X, Y = Y ?? element.Y, Count = Count ?? element.Count };
        if (ElementRules.Check(updated, "") is { Count: > 0 } errors)
            return OperationResult.Refused(errors);
        var inverse = new UpdateElement(element.Id, Zone is null ? null : element.Zone, X is null ? null : element.X,
            Y is null ? null : element.Y, Count is null ? null : element.Count);
        return OperationResult.Applied(document with { Elements = document.Elements.SetItem(index, updated) }, inverse);
    }
}

internal static class ElementRules
{
    public static List<OperationError> Check(PlacedElement element, string prefix)
    {
        var errors = new List<OperationError>();
        void Add(string field, string? problem)
        {
            if (problem is not null)
                errors.Add(new(prefix + field, problem));
        }
        Add("zone", DocumentRules.Slug(element.Zone, "zone"));
        Add("x", DocumentRules.Range(element.X, 0, 1, "A position across the zone"));
        Add("y", DocumentRules.Range(element.Y, 0, 1, "A position down the zone"));
        Add("count", element.Count is >= 1 and <= DesignLimits.MaxElementCount ? null : $"Count is between 1 and {DesignLimits.MaxElementCount}.");
        return errors;
    }
}
