using System.Text.Json;
using FashionWallet.Designs;
using FashionWallet.Designs.Operations;

namespace FashionWallet.Tests.Designs;

/// <summary>Bad edits come back as field errors a person can act on, and leave the document as it was.</summary>
public sealed class DesignOperationTests
{
    private static readonly DesignDocument TwoLayers = Apply(DesignDocument.Blank,
        new AddLayer(new NewLayer("body", "Body", LayerKinds.Silhouette)),
        new AddLayer(new NewLayer("cotton", "Cotton", LayerKinds.Fabric)));

    [Fact]
    public void A_layer_without_an_order_goes_on_top()
    {
        Assert.Equal(["body", "cotton"], TwoLayers.Layers.Select(l => l.Id));
        Assert.True(string.CompareOrdinal(TwoLayers.Layers[0].Order, TwoLayers.Layers[1].Order) < 0);
    }

    [Fact]
    public void Moving_a_layer_between_others_restacks_it_and_the_inverse_moves_it_back()
    {
        var moved = new MoveLayer("cotton", FractionalIndex.Between(null, TwoLayers.Layers[0].Order)).Apply(TwoLayers);

        Assert.Equal(["cotton", "body"], moved.Document!.Layers.Select(l => l.Id));
        Assert.Equal(["body", "cotton"], moved.Inverse!.Apply(moved.Document).Document!.Layers.Select(l => l.Id));
    }

    [Fact]
    public void A_locked_layer_refuses_every_change_but_unlocking()
    {
        var locked = Apply(TwoLayers, new UpdateLayer("body", Locked: true));

        Assert.Equal("layerId", Single(new UpdateLayer("body", Name: "Renamed").Apply(locked)).Field);
        Assert.Equal("layerId", Single(new RemoveLayer("body").Apply(locked)).Field);
        Assert.Equal("layerId", Single(new MoveLayer("body", "a5").Apply(locked)).Field);
        Assert.Equal("layerId", Single(new UpdateLayer("body", Locked: true).Apply(locked)).Field);
        var unlocked = new UpdateLayer("body", Name: "Renamed", Locked: false).Apply(locked);
        Assert.Equal(("Renamed", false), (unlocked.Document!.FindLayer("body")!.Name, unlocked.Document.FindLayer("body")!.Locked));
    }

    [Fact]
    public void An_unknown_layer_is_named_in_the_error()
    {
        var error = Single(new UpdateLayer("ghost", Visible: false).Apply(TwoLayers));

        Assert.Equal("layerId", error.Field);
        Assert.Contains("ghost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_keeps_at_most_fifty_layers()
    {
        var full = Enumerable.Range(0, DesignLimits.MaxLayers).Aggregate(DesignDocument.Blank,
            (document, i) => Apply(document, new AddLayer(new NewLayer($"l{i}", $"Layer {i}", LayerKinds.Accessory))));

        Assert.Equal("layer", Single(new AddLayer(new NewLayer("one-more", "One more", LayerKinds.Accessory)).Apply(full)).Field);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345g")]
    [InlineData("123456")]
    public void A_colour_that_is_not_hex_is_refused(string colour) =>
        Assert.Equal("value", Single(new SetGarment(GarmentProperties.Colour, "front", colour).Apply(DesignDocument.Blank)).Field);

    [Fact]
    public void Errors_in_a_step_name_the_operation_by_its_index_and_nothing_is_applied()
    {
        var step = DesignEditor.Apply(TwoLayers, [new UpdateLayer("body", Name: "Fine"), new RemoveLayer("ghost")]);

        Assert.False(step.Succeeded);
        Assert.Equal("operations[1].layerId", Assert.Single(step.Errors).Field);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused()
    {
        var big = new string('x', DesignLimits.MaxPropertyValueLength);
        var operations = Enumerable.Range(0, 5).Select(i => (DesignOperation)new AddLayer(new NewLayer($"big{i}", "Big", LayerKinds.Print,
            Properties: Enumerable.Range(0, DesignLimits.MaxLayerProperties).ToDictionary(p => $"p{p}", _ => big)))).ToArray();

        var step = DesignEditor.Apply(DesignDocument.Blank, operations);

        Assert.False(step.Succeeded);
        Assert.Contains("kB", Assert.Single(step.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_read_from_json_by_their_type_and_an_unknown_type_is_a_clear_problem()
    {
        using var known = JsonDocument.Parse("""{ "layerId": "body", "type": "updateLayer", "visible": false }""");
        using var unknown = JsonDocument.Parse("""{ "type": "explode" }""");

        Assert.Equal(new UpdateLayer("body", Visible: false), DesignJson.TryReadOperation(known.RootElement, out _));
        Assert.Null(DesignJson.TryReadOperation(unknown.RootElement, out var problem));
        Assert.Contains("explode", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_a_colourway_sets_its_panels_and_undoing_puts_the_old_ones_back()
    {
        var document = Apply(DesignDocument.Blank,
            new SetGarment(GarmentProperties.Colour, "front", "#FFFFFF"),
            new AddColourway("navy", "Navy", new Dictionary<string, PanelStyle?> { ["front"] = new(null, "#000080"), ["back"] = new(null, "#000080") }));

        var applied = new ApplyColourway("navy").Apply(document);

        Assert.Equal("#000080", applied.Document!.Garment.Panels["front"].Colour);
        Assert.Equal("navy", applied.Document.ActiveColourwayId);
        Assert.Equal(DesignJson.Serialize(document), DesignJson.Serialize(applied.Inverse!.Apply(applied.Document).Document!));
    }

    private static DesignDocument Apply(DesignDocument document, params DesignOperation[] operations) =>
        DesignEditor.Apply(document, operations).Document ?? throw new InvalidOperationException("refused");

    private static OperationError Single(OperationResult result) => Assert.Single(result.Errors);
}
