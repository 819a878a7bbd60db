namespace FashionWallet.Designs.Operations;

/// <summary>Places a catalog print; at <paramref name="Index"/> in the list when given (how a removal is undone), else last.</summary>
public sealed record AddPrint(PlacedPrint Print, int? Index = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (Print is null)
            return OperationResult.Refused("print", "Describe the print to place.");
        var errors = PrintRules.Check(Print, "print.");
        if (DocumentRules.Id(Print.Id, "print") is { } badId)
            errors.Add(new("print.id", badId));
        else if (document.Prints.Exists(p => p.Id == Print.Id))
            errors.Add(new("print.id", $"There is already a print '{Print.Id}'."));
        if (Print.PrintId == Guid.Empty)
            errors.Add(new("print.printId", "Give the print's catalog id."));
        if (document.Prints.Count >= DesignLimits.MaxPrints)
            errors.Add(new("print", $"A design has at most {DesignLimits.MaxPrints} prints."));
        if (Index is { } index && (index < 0 || index > document.Prints.Count))
            errors.Add(new("index", $"The index is between 0 and {document.Prints.Count}."));
        if (errors.Count > 0)
            return OperationResult.Refused(errors);
        return OperationResult.Applied(document with { Prints = document.Prints.Insert(Index ?? document.Prints.Count, Print) }, new RemovePrint(Print.Id));
    }

    public override IEnumerable<CatalogReference> CatalogReferences() =>
        Print is { PrintId: var id } && id != Guid.Empty ? [new("print.printId", id, Catalog.CatalogKind.Print)] : [];
}

public sealed record RemovePrint(string PrintId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Prints.FindIndex(p => p.Id == PrintId);
        if (index < 0)
            return OperationResult.Refused("printId", $"There is no print '{DocumentRules.Shorten(PrintId)}' in this design.");
        return OperationResult.Applied(document with { Prints = document.Prints.RemoveAt(index) }, new AddPrint(document.Prints[index], index));
    }
}

/// <summary>Changes a placed print's scale, rotation or offsets; only the fields given change.</summary>
public sealed record UpdatePrint(string PrintId, double? Scale = null, double? Rotation = null, double? OffsetX = null, double? OffsetY = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var index = document.Prints.FindIndex(p => p.Id == PrintId);
        if (index < 0)
            return OperationResult.Refused("printId", $"There is no print '{DocumentRules.Shorten(PrintId)}' in this design.");
        var print = document.Prints[index];
        var updated = print with { Scale = Scale ?? print.Scale, Rotation = Rotation ?? print.Rotation, OffsetX = OffsetX ?? print.OffsetX, OffsetY = OffsetY ?? print.OffsetY };
        if (PrintRules.Check(updated, "") is { Count: > 0 } errors)
            return OperationResult.Refused(errors);
        var inverse = new UpdatePrint(print.Id, Scale is null ? null : print.Scale, Rotation is null ? null : print.Rotation,
            OffsetX is null ? null : print.OffsetX, OffsetY is null ? null : print.OffsetY);
        return OperationResult.Applied(document with { Prints = document.Prints.SetItem(index, updated) }, inverse);
    }
}

internal static class PrintRules
{
    public static List<OperationError> Check(PlacedPrint print, string prefix)
    {
        var errors = new List<OperationError>();
        void Add(string field, string? problem)
        {
            if (problem is not null)
                errors.Add(new(prefix + field, problem));
        }
        Add("scale", DocumentRules.Range(print.Scale, 0.05, 20, "Scale"));
        Add("rotation", DocumentRules.Range(print.Rotation, -360, 360, "Rotation (degrees)"));
        Add("offsetX", DocumentRules.Range(print.OffsetX, -10, 10, "The horizontal offset"));
        Add("offsetY", DocumentRules.Range(print.OffsetY, -10, 10, "The vertical offset"));
        return errors;
    }
}
