using FashionWallet.Designs;
using FashionWallet.Designs.Operations;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Designs;

/// <summary>
/// Operations that are valid against the document they will be applied to. FsCheck generates plain choices (four
/// numbers per operation) and this turns each into an operation on the current document, so shrinking a failing
/// sequence still yields valid operations.
/// </summary>
internal static class RandomOperations
{
    private static readonly string[] Panels = ["front", "back", "sleeves", "collar", "cuffs"];
    private static readonly string[] Zones = ["chest", "hem", "placket", "pocket-left"];

    public static Arbitrary<int[][]> Choices(int maxOperations = 60) =>
        Gen.Choose(0, 1_000_000).ArrayOf(4).ArrayOf().Resize(maxOperations).ToArbitrary();

    /// <summary>Applies each choice in turn; the operations and the document after each.</summary>
    public static (List<DesignOperation> Operations, List<DesignOperation> Inverses, DesignDocument Document) Run(DesignDocument start, IEnumerable<int[]> choices)
    {
        var (operations, inverses, document) = (new List<DesignOperation>(), new List<DesignOperation>(), start);
        foreach (var choice in choices)
        {
            var operation = From(document, choice);
            var result = operation.Apply(document);
            if (!result.Succeeded)
                throw new InvalidOperationException($"The generator made an invalid {operation}: {string.Join("; ", result.Errors)}");
            operations.Add(operation);
            inverses.Add(result.Inverse!);
            document = result.Document!;
        }
        return (operations, inverses, document);
    }

    public static DesignOperation From(DesignDocument document, int[] c)
    {
        var layers = document.Layers;
        var unlocked = layers.Where(l => !l.Locked).ToList();
        DesignOperation? operation = (c[0] % 17) switch
        {
            0 when layers.Count < DesignLimits.MaxLayers && document.FindLayer($"l{c[1] % 300}") is null => new AddLayer(new NewLayer(
                $"l{c[1] % 300}", $"Layer {c[1]}", LayerKinds.All[c[2] % LayerKinds.All.Count], c[3] % 2 == 0 ? null : OrderAt(layers, c[3] % (layers.Count + 1)),
                c[2] % 3 != 0, false, c[3] % 4 == 0 ? null : new Dictionary<string, string> { [$"k{c[2] % 3}"] = $"v{c[3]}" })),
            1 when unlocked.Count > 0 => new RemoveLayer(unlocked[c[1] % unlocked.Count].Id),
            2 when layers.Count > 0 => Update(layers[c[1] % layers.Count], c),
            3 when unlocked.Count > 0 => Move(layers, unlocked[c[1] % unlocked.Count], c[2]),
            4 => new SetGarment(GarmentProperties.Silhouette, null, c[2] % 4 == 0 ? null : Id(c[1]).ToString()),
            5 => new SetGarment(GarmentProperties.Fabric, Panels[c[1] % Panels.Length], c[2] % 4 == 0 ? null : Id(c[3]).ToString()),
            6 => new SetGarment(GarmentProperties.Colour, Panels[c[1] % Panels.Length], c[2] % 4 == 0 ? null : Hex(c[3])),
            7 when document.Prints.Count < DesignLimits.MaxPrints && !document.Prints.Exists(p => p.Id == $"p{c[1] % 100}") =>
                new AddPrint(new PlacedPrint($"p{c[1] % 100}", Id(c[2]), 0.5 + (c[3] % 30 / 10.0), c[2] % 360, c[3] % 10 / 10.0, -0.5), c[2] % 2 == 0 ? null : c[3] % (document.Prints.Count + 1)),
            8 when document.Prints.Count > 0 => new RemovePrint(document.Prints[c[1] % document.Prints.Count].Id),
            9 when document.Prints.Count > 0 => new UpdatePrint(document.Prints[c[1] % document.Prints.Count].Id,
                c[2] % 2 == 0 ? 1 + (c[3] % 5) : null, c[3] % 2 == 0 ? c[2] % 90 : null, c[2] % 3 == 0 ? 0.25 : null),
            10 when document.Elements.Count < DesignLimits.MaxElements && !document.Elements.Exists(e => e.Id == $"e{c[1] % 100}") =>
                new AddElement(new PlacedElement($"e{c[1] % 100}", Id(c[2]), Zones[c[3] % Zones.Length], c[2] % 11 / 10.0, c[3] % 11 / 10.0, 1 + (c[3] % 8)),
                    c[2] % 2 == 0 ? null : c[3] % (document.Elements.Count + 1)),
            11 when document.Elements.Count > 0 => new RemoveElement(document.Elements[c[1] % document.Elements.Count].Id),
            12 when document.Elements.Count > 0 => new UpdateElement(document.Elements[c[1] % document.Elements.Count].Id,
                c[2] % 2 == 0 ? Zones[c[3] % Zones.Length] : null, c[3] % 2 == 0 ? 0.5 : null, null, c[2] % 3 == 0 ? 1 + (c[3] % 6) : null),
            13 when document.Colourways.Count < DesignLimits.MaxColourways && !document.Colourways.Exists(w => w.Id == $"w{c[1] % 40}") =>
                new AddColourway($"w{c[1] % 40}", $"Colourway {c[1]}", SomePanels(c), c[2] % 2 == 0 ? null : c[3] % (document.Colourways.Count + 1),
                    document.ActiveColourwayId is null && c[2] % 3 == 0),
            14 when document.Colourways.Count > 0 => new UpdateColourway(document.Colourways[c[1] % document.Colourways.Count].Id,
                c[2] % 2 == 0 ? $"Renamed {c[3]}" : null, c[3] % 2 == 0 ? SomePanels(c) : new Dictionary<string, PanelStyle?> { [Panels[c[2] % Panels.Length]] = null }),
            15 when document.Colourways.Count > 0 => new RemoveColourway(document.Colourways[c[1] % document.Colourways.Count].Id),
            16 when document.Colourways.Count > 0 => new ApplyColourway(document.Colourways[c[1] % document.Colourways.Count].Id),
            _ => null,
        };
        return operation ?? new SetGarment(GarmentProperties.Colour, Panels[c[1] % Panels.Length], Hex(c[2]));
    }

    private static UpdateLayer Update(Layer layer, int[] c)
    {
        if (layer.Locked)
            return new UpdateLayer(layer.Id, Locked: false, Name: c[2] % 2 == 0 ? $"Unlocked {c[3]}" : null);
        return (c[2] % 5) switch
        {
            0 => new UpdateLayer(layer.Id, Name: $"Renamed {c[3]}"),
            1 => new UpdateLayer(layer.Id, Visible: c[3] % 2 == 0),
            2 => new UpdateLayer(layer.Id, Locked: true),
            3 => new UpdateLayer(layer.Id, Properties: new Dictionary<string, string?> { [$"k{c[3] % 4}"] = c[3] % 3 == 0 ? null : $"v{c[3]}" }),
            _ => new UpdateLayer(layer.Id, $"Both {c[3]}", c[3] % 2 == 1, null, new Dictionary<string, string?> { ["k0"] = "x", ["k1"] = null }),
        };
    }

    private static MoveLayer Move(IReadOnlyList<Layer> layers, Layer layer, int position)
    {
        var others = layers.Where(l => l.Id != layer.Id).ToList();
        return new MoveLayer(layer.Id, OrderAt(others, position % (others.Count + 1)));
    }

    /// <summary>A key that puts a layer at <paramref name="index"/> among <paramref name="layers"/> (in stacking order).</summary>
    private static string OrderAt(IReadOnlyList<Layer> layers, int index) =>
        FractionalIndex.Between(index == 0 ? null : layers[index - 1].Order, index == layers.Count ? null : layers[index].Order);

    private static Dictionary<string, PanelStyle?> SomePanels(int[] c) => new()
    {
        [Panels[c[2] % Panels.Length]] = new PanelStyle(c[3] % 2 == 0 ? Id(c[3]) : null, Hex(c[1])),
        [Panels[(c[2] + 1) % Panels.Length]] = new PanelStyle(Id(c[1]), null),
    };

    private static Guid Id(int seed) => new(seed, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8);

    private static string Hex(int seed) => $"#{seed * 2654435761 % 0xFFFFFF:x6}";
}
