using System.Text.Json;
using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>Validation names the field and the reason for every kind of bad input, and accepts every good kind.</summary>
public sealed class CatalogValidationTests
{
    [Fact]
    public void One_valid_item_of_each_kind_passes_in_canonical_form()
    {
        foreach (var input in new[] { CatalogTestItems.FabricInput("fab-1"), CatalogTestItems.Silhouette("SIL-1"), CatalogTestItems.Print("PRT-1"), CatalogTestItems.Element("ELM-1") })
        {
            var result = CatalogValidator.Validate(input with { Tags = ["  Summer ", "summer", "Linen look"] });
            Assert.True(result.IsValid, string.Join("; ", result.Errors));
            Assert.Equal(input.Sku!.ToUpperInvariant(), result.Item!.Sku);
            Assert.Equal(["summer", "linen look"], result.Item.Tags);
        }
    }

    [Theory]
    [InlineData("sku", "", "sku", "is required")]
    [InlineData("sku", "'; DROP TABLE catalog_items; --", "sku", "must be 3 to 40 letters")]
    [InlineData("sku", "FAB-👗", "sku", "must be 3 to 40 letters")]
    [InlineData("kind", "hat", "kind", "'hat' is not allowed: use one of silhouette, fabric, print, element")]
    [InlineData("category", "pyjamas", "category", "'pyjamas' is not allowed")]
    [InlineData("status", "deleted", "status", "'deleted' is not allowed")]
    [InlineData("name", "", "name", "is required")]
    [InlineData("name", "Line\nbreak", "name", "must not contain control characters")]
    public void A_bad_field_is_named_with_its_reason(string field, string value, string expectedField, string expectedReason)
    {
        var input = CatalogTestItems.FabricInput("FAB-1");
        input = field switch
        {
            "sku" => input with { Sku = value },
            "kind" => input with { Kind = value },
            "category" => input with { Category = value },
            "status" => input with { Status = value },
            _ => input with { Name = value },
        };

        var error = Assert.Single(CatalogValidator.Validate(input).Errors);

        Assert.Equal(expectedField, error.Field);
        Assert.Contains(expectedReason, error.Reason);
    }

    [Fact]
    public void A_ten_kilobyte_description_and_an_emoji_tag_are_refused_and_quotes_sql_and_emoji_in_names_are_kept()
    {
        var input = CatalogTestItems.FabricInput("FAB-1") with
        {
            Name = "Robert'); DROP TABLE catalog_items;-- \"Tweed\" 🧵",
            Description = new string('x', 10_240),
            Tags = ["ok", "party 🎉"],
        };

        var result = CatalogValidator.Validate(input);

        Assert.Equal(["description", "tags[1]"], result.Errors.Select(e => e.Field));
        Assert.Contains("at most 4000 characters (got 10240)", result.Errors[0].Reason);
        Assert.True(CatalogValidator.Validate(input with { Description = "fine", Tags = ["ok"] }).IsValid);
    }

    [Fact]
    public void Attribute_errors_are_reported_per_field_with_their_path()
    {
        var bad = CatalogTestItems.Fabric(price: -3) with
        {
            Composition = [new FibreShare("cotton", 90), new FibreShare("unobtainium", 5)],
            WeightGsm = 5,
            Weave = "twil",
            Colourways = [new Colourway("Navy", "navy")],
        };

        var errors = CatalogValidator.Validate(CatalogItemInput.For("FAB-1", "Bad", "", "dress-weight", [], bad)).Errors;

        Assert.Equal(
            ["attributes.composition[1].fibre", "attributes.composition", "attributes.weightGsm", "attributes.weave", "attributes.pricePerMetre", "attributes.colourways[0].hex"],
            errors.Select(e => e.Field));
        Assert.Contains("must add up to 100 (got 95)", errors[1].Reason);
        Assert.Contains("must be between 0.01 and 5000 (got -3)", errors[4].Reason);
    }

    [Theory]
    [InlineData("""{"weightGsm": 100}""", "attributes", "is missing")]
    [InlineData("""{"composition": [], "weightGsm": "heavy"}""", "attributes.weightGsm", "has the wrong type")]
    [InlineData("""[1, 2]""", "attributes", "is required: a JSON object")]
    public void Malformed_attribute_json_is_an_error_on_the_attributes_field(string json, string field, string reason)
    {
        var input = CatalogTestItems.FabricInput("FAB-1") with { Attributes = JsonDocument.Parse(json).RootElement.Clone() };

        var error = Assert.Single(CatalogValidator.Validate(input).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void An_unknown_attribute_is_refused_by_name()
    {
        var json = JsonSerializer.SerializeToNode(CatalogTestItems.Fabric(), CatalogJson.Options)!.AsObject();
        json["sparkle"] = 11;
        var input = CatalogTestItems.FabricInput("FAB-1") with { Attributes = JsonSerializer.SerializeToElement(json) };

        var error = Assert.Single(CatalogValidator.Validate(input).Errors);

        Assert.Equal("has an unknown field 'sparkle'", error.Reason);
    }
}
