using System.Collections.Immutable;

namespace FashionWallet.Designs.Operations;

/// <summary>What a new layer looks like in an <see cref="AddLayer"/>; without an order it goes on top.</summary>
public sealed record NewLayer(string Id, string Name, string Kind, string? Order = null, bool Visible = true, bool Locked = false,
    IReadOnlyDictionary<string, string>? Properties = null);

public sealed record AddLayer(NewLayer Layer) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        var layer = Layer;
        if (layer is null)
            return OperationResult.Refused("layer", "Describe the layer to add.");
        var errors = new List<OperationError>();
        void Check(string field, string? problem)
        {
            if (problem is not null)
                errors.Add(new(field, problem));
        }
        Check("layer.id", DocumentRules.Id(layer.Id, "layer"));
        Check("layer.name", DocumentRules.Name(layer.Name, "layer"));
        Check("layer.kind", LayerKinds.All.Contains(layer.Kind) ? null : $"A layer is one of: {string.Join(", ", LayerKinds.All)}.");
        Check("layer.order", layer.Order is null || FractionalIndex.IsValid(layer.Order) ? null : "This is not an order key: leave it out to add the layer on top.");
        Check("layer.locked", layer.Locked ? "A new layer starts unlocked: lock it afterwards." : null);
        if (document.FindLayer(layer.Id) is not null)
            Check("layer.id", $"There is already a layer '{layer.Id}'.");
        if (document.Layers.Count >= DesignLimits.MaxLayers)
            Check("layer", $"A design has at most {DesignLimits.MaxLayers} layers: remove or merge some first.");
        var properties = LayerProperties.Check(layer.Properties?.ToDictionary(p => p.Key, p => (string?)p.Value), ImmutableSortedDictionary<string, string>.Empty, "layer.properties", errors);
        if (errors.Count > 0)
            return OperationResult.Refused(errors);

        var order = layer.Order ?? FractionalIndex.Between(document.Layers.LastOrDefault()?.Order, null);
        var added = new Layer(layer.Id, layer.Name.Trim(), layer.Kind, order, layer.Visible, false, properties!);
        return OperationResult.Applied(document.WithLayers(document.Layers.Add(added)), new RemoveLayer(layer.Id));
    }
}

public sealed record RemoveLayer(string LayerId) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (document.FindLayer(LayerId) is not { } layer)
            return OperationResult.Refused("layerId", $"There is no layer '{DocumentRules.Shorten(LayerId)}' in this design.");
        if (layer.Locked)
            return OperationResult.Refused("layerId", $"Layer '{layer.Name}' is locked: unlock it first.");
        var restore = new AddLayer(new NewLayer(layer.Id, layer.Name, layer.Kind, layer.Order, layer.Visible, false, layer.Properties));
        return OperationResult.Applied(document with { Layers = document.Layers.Remove(layer) }, restore);
    }
}

/// <summary>
/// Renames, shows or hides, locks or unlocks a layer, or sets its properties (a null value removes one). Only the
/// fields given change. A locked layer refuses every change unless the same operation unlocks it.
/// </summary>
public sealed record UpdateLayer(string LayerId, string? Name = null, bool? Visible = null, bool? Locked = null,
    IReadOnlyDictionary<string, string?>? Properties = null) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (document.FindLayer(LayerId) is not { } layer)
            return OperationResult.Refused("layerId", $"There is no layer '{DocumentRules.Shorten(LayerId)}' in this design.");
        if (layer.Locked && Locked != false)
            return OperationResult.Refused("layerId", $"Layer '{layer.Name}' is locked: unlock it first.");
        if (Name is null && Visible is null && Locked is null && Properties is not { Count: > 0 })
            return OperationResult.Refused("layerId", "Say what to change: name, visible, locked or properties.");
        var errors = new List<OperationError>();
        if (Name is not null && DocumentRules.Name(Name, "layer") is { } badName)
            errors.Add(new("name", badName));
        var properties = LayerProperties.Check(Properties, layer.Properties, "properties", errors);
        if (errors.Count > 0)
            return OperationResult.Refused(errors);

        var updated = layer with
        {
            Name = Name?.Trim() ?? layer.Name, Visible = Visible ?? layer.Visible, Locked = Locked ?? layer.Locked, Properties = properties!,
        };
        var inverse = new UpdateLayer(layer.Id,
            Name is null ? null : layer.Name,
            Visible is null ? null : layer.Visible,
            Locked is null ? null : layer.Locked,
            Properties?.Keys.ToDictionary(key => key, key => layer.Properties.GetValueOrDefault(key)));
        return OperationResult.Applied(document with { Layers = document.Layers.Replace(layer, updated) }, inverse);
    }
}

/// <summary>Moves a layer to a new place in the stack: the client picks a key between its new neighbours.</summary>
public sealed record MoveLayer(string LayerId, string Order) : DesignOperation
{
    public override OperationResult Apply(DesignDocument document)
    {
        if (document.FindLayer(LayerId) is not { } layer)
            return OperationResult.Refused("layerId", $"There is no layer '{DocumentRules.Shorten(LayerId)}' in this design.");
        if (layer.Locked)
            return OperationResult.Refused("layerId", $"Layer '{layer.Name}' is locked: unlock it first.");
        if (!FractionalIndex.IsValid(Order))
            return OperationResult.Refused("order", "This is not an order key: use a key between the new neighbours' keys.");
        var moved = document.WithLayers(document.Layers.Replace(layer, layer with { Order = Order }));
        return OperationResult.Applied(moved, new MoveLayer(layer.Id, layer.Order));
    }
}

internal static class LayerProperties
{
    /// <summary>The properties after the given changes (null values remove), or null with errors.</summary>
    public static ImmutableSortedDictionary<string, string>? Check(IReadOnlyDictionary<string, string?>? changes,
        ImmutableSortedDictionary<string, string> current, string field, List<OperationError> errors)
    {
        if (changes is null)
            return current;
        var result = current.ToBuilder();
        foreach (var (key, value) in changes)
        {
            if (string.IsNullOrEmpty(key) || key.Length > 40 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                errors.Add(new($"{field}.{DocumentRules.Shorten(key)}", "A property name has 1 to 40 letters, digits, '-', '_' or '.'."));
            else if (value is { Length: > DesignLimits.MaxPropertyValueLength })
                errors.Add(new($"{field}.{key}", $"A property value has at most {DesignLimits.MaxPropertyValueLength} characters."));
            else if (value is null)
                result.Remove(key);
            else
                result[key] = value;
        }
        if (result.Count > DesignLimits.MaxLayerProperties)
            errors.Add(new(field, $"A layer has at most {DesignLimits.MaxLayerProperties} properties."));
        return errors.Count > 0 ? null : result.ToImmutable();
    }
}
