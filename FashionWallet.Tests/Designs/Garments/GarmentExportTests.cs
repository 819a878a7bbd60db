using System.Xml.Linq;
using FashionWallet.Catalog;
using FashionWallet.Designs.Garments;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Tests.Infrastructure;

namespace FashionWallet.Tests.Designs.Garments;

public sealed class GarmentExportTests
{
    private static readonly Dictionary<string, Colour> Colours = new()
    {
        [PanelNames.Front] = Colour.FromHex("#1F4E79"),
        [PanelNames.Back] = Colour.FromHex("#7A1F3D"),
        [PanelNames.LeftSleeve] = Colour.FromHex("#2E7D32"),
        [PanelNames.RightSleeve] = Colour.FromHex("#F9A825"),
        [PanelNames.Collar] = Colour.FromHex("#FAFAFA"),
    };

    [Theory]
    [MemberData(nameof(GarmentBodies.SpecNames), MemberType = typeof(GarmentBodies))]
    public async Task Avatar_and_garment_pass_the_Khronos_validator_in_under_two_megabytes(string name)
    {
        var body = GarmentBodies.All[0];
        var garment = GarmentGenerator.Generate(GarmentBodies.Spec(name), body);

        var weaves = garment.Panels.ToDictionary(p => p.Name, p => p.Name == PanelNames.Front ? "twill" : "jersey");

        var glb = GlbWriter.Write(GarmentScene.Scene(body, garment, Colours, weaves));

        Assert.True(glb.Length < 2_000_000, $"{glb.Length} bytes");
        await GltfValidator.AssertValidAsync(glb, $"garment-{name.Replace(' ', '-')}");
        var json = System.Text.Json.JsonDocument.Parse(glb.AsMemory(20, BitConverter.ToInt32(glb, 12))).RootElement;
        Assert.Equal("KHR_texture_transform", Assert.Single(json.GetProperty("extensionsUsed").EnumerateArray()).GetString());
        Assert.Equal(2, json.GetProperty("images").GetArrayLength()); // twill and jersey, each stored once
        var front = json.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "fabric-front");
        var repeats = front.GetProperty("pbrMetallicRoughness").GetProperty("baseColorTexture").GetProperty("extensions").GetProperty("KHR_texture_transform").GetProperty("scale")[0].GetSingle();
        Assert.Equal(1 / FabricWeave.TileMetres, repeats, 3);
    }

    [Fact]
    public void Each_panel_is_a_node_with_its_own_material_in_its_colour()
    {
        var body = GarmentBodies.All[0];
        var garment = GarmentGenerator.Generate(GarmentSpecs.Shirt, body);

        var node = GarmentScene.Node(garment, Colours);

        Assert.Equal(garment.Panels.Select(p => p.Name).Order(), node.Children.Select(c => c.Name).Order());
        Assert.Equal(["back", "collar", "front", "left-sleeve", "right-sleeve"], node.Children.Select(c => c.Name).Order());
        Assert.Equal(node.Children.Count, node.Children.Select(c => c.Mesh!.Material.Name).Distinct().Count());
        var front = node.Children.Single(c => c.Name == PanelNames.Front).Mesh!.Material.BaseColor;
        Assert.InRange(front.Z, 0.19f, 0.21f); // #79 blue is 0.19 in linear light

        // The inside of the cloth shows through the neckline and the hem; the body's inside is never seen.
        var glb = GlbWriter.Write(GarmentScene.Scene(body, garment, Colours));
        var materials = System.Text.Json.JsonDocument.Parse(glb.AsMemory(20, BitConverter.ToInt32(glb, 12))).RootElement.GetProperty("materials").EnumerateArray().ToList();
        Assert.All(materials.Where(m => m.GetProperty("name").GetString()!.StartsWith("fabric-", StringComparison.Ordinal)), m => Assert.True(m.GetProperty("doubleSided").GetBoolean()));
        Assert.False(materials.Single(m => m.GetProperty("name").GetString() == "skin").TryGetProperty("doubleSided", out _));
    }

    [Theory]
    [MemberData(nameof(GarmentBodies.SpecNames), MemberType = typeof(GarmentBodies))]
    public void The_flat_is_well_formed_svg_with_front_and_back_in_the_panels_colours(string name)
    {
        var spec = GarmentBodies.Spec(name);

        var svg = FlatSketch.Render(spec, new FlatStyle(Colours));

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", document.Root!.Name);
        var groups = document.Descendants(ns + "g").Select(g => (string?)g.Attribute("id")).ToList();
        Assert.Contains("front", groups);
        Assert.Contains("back", groups);
        Assert.Contains("#1F4E79", svg);
        Assert.Contains("#7A1F3D", svg);
        if (spec.Sleeve is not null)
        {
            Assert.Contains("#2E7D32", svg);
            Assert.Contains("#F9A825", svg);
        }
        Assert.Contains("stroke-dasharray", svg);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_print_fills_its_panels_as_a_pattern_stripped_of_anything_active()
    {
        const string tile = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64"><rect width="64" height="64" fill="#EFE8D8"/><circle cx="16" cy="16" r="6" fill="#C2185B" onclick="alert(1)"/><script>alert(1)</script><image href="https://example.com/x.png"/><use xlink:href="https://example.com/a.svg#x"/></svg>""";

        var svg = FlatSketch.Render(GarmentSpecs.ALineDress, new FlatStyle(Colours) { PrintTileSvg = tile, PrintedPanels = [PanelNames.Front] });

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var pattern = Assert.Single(document.Descendants(ns + "pattern"));
        Assert.Contains(pattern.Descendants(ns + "circle"), c => (string?)c.Attribute("fill") == "#C2185B");
        Assert.Contains("url(#print)", svg);
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.com", svg, StringComparison.OrdinalIgnoreCase);
    }
}
