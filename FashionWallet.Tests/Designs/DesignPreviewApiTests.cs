using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using FashionWallet.Designs;
using FashionWallet.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Tests.Designs;

/// <summary>The studio's views of a design over HTTP: the 3D preview (GLB) and the flat (SVG), from starter templates made at start-up.</summary>
public sealed class DesignPreviewApiTests(DesignPreviewApiTests.Factory api) : IClassFixture<DesignPreviewApiTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_person_finds_published_starter_templates_made_from_the_seed_catalog()
    {
        var client = await SignedInAsync();

        var templates = await client.GetFromJsonAsync<DesignSummary[]>("/api/designs/templates", DesignJson.Options, Cancel);

        Assert.Contains(templates!, t => t.Name == "T-shirt" && t.Status == DesignStatuses.Published);
        Assert.True(templates!.Length >= 5, string.Join(", ", templates.Select(t => t.Name)));
    }

    [Fact]
    public async Task The_preview_is_the_body_in_the_garment_under_two_megabytes_valid_and_cached_by_version()
    {
        var client = await SignedInAsync();
        var design = await FromTemplateAsync(client, "T-shirt");

        var response = await client.GetAsync($"/api/designs/{design.Design.Id}/preview.glb?version={design.Design.Version}", Cancel);
        var glb = await response.Content.ReadAsByteArrayAsync(Cancel);
        var again = await client.GetAsync($"/api/designs/{design.Design.Id}/preview.glb?version={design.Design.Version}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("model/gltf-binary", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.True(glb.Length < 2_000_000, $"{glb.Length} bytes");
        Assert.Equal(glb, await again.Content.ReadAsByteArrayAsync(Cancel));
        var json = System.Text.Encoding.UTF8.GetString(glb, 20, BitConverter.ToInt32(glb, 12));
        Assert.Contains("\"garment\"", json);
        Assert.Contains("fabric-front", json);
        await GltfValidator.AssertValidAsync(glb, "design-preview-t-shirt");
        var cached = Directory.GetFiles(api.BlobRoot, "*.glb", SearchOption.AllDirectories);
        Assert.Single(cached, f => f.Contains(design.Design.Id.ToString("N"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_design_without_a_silhouette_shows_the_body_alone_and_a_flat_that_asks_for_one()
    {
        var client = await SignedInAsync();
        var created = await client.PostAsJsonAsync("/api/designs", new { name = "Blank" }, Cancel);
        var design = (await created.Content.ReadFromJsonAsync<DesignResponse>(DesignJson.Options, Cancel))!;

        var glb = await client.GetByteArrayAsync($"/api/designs/{design.Design.Id}/preview.glb", Cancel);
        var svg = await client.GetStringAsync($"/api/designs/{design.Design.Id}/flat.svg", Cancel);

        Assert.DoesNotContain("\"garment\"", System.Text.Encoding.UTF8.GetString(glb, 20, BitConverter.ToInt32(glb, 12)));
        await GltfValidator.AssertValidAsync(glb, "design-preview-blank");
        Assert.Contains("Choose a silhouette", XDocument.Parse(svg).Root!.Value);
    }

    [Fact]
    public async Task The_flat_is_well_formed_svg_in_the_panel_colours_and_follows_each_edit()
    {
        var client = await SignedInAsync();
        var design = await FromTemplateAsync(client, "T-shirt");
        var colour = await client.PostAsJsonAsync($"/api/designs/{design.Design.Id}/operations", new
        {
            baseVersion = design.Design.Version,
            operations = new object[] { new { type = "setGarment", property = "colour", panel = "back", value = "#a1b2c3" } },
        }, Cancel);
        colour.EnsureSuccessStatusCode();

        var response = await client.GetAsync($"/api/designs/{design.Design.Id}/flat.svg", Cancel);
        var svg = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        var fills = root.Descendants().Select(e => ((string?)e.Attribute("fill"))?.ToLowerInvariant()).ToHashSet();
        Assert.Contains(design.Document.Garment.Panels["front"].Colour, fills);
        Assert.Contains("#a1b2c3", fills);
        var frame = ((string)root.Attribute("viewBox")!).Split(' ').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(frame[2] < 240 && frame[3] < 320, $"the flat is framed around the T-shirt, not the page: {root.Attribute("viewBox")}");
    }

    [Fact]
    public async Task A_panel_without_a_colour_shows_its_fabrics_colour_until_the_fabric_layer_is_hidden()
    {
        var client = await SignedInAsync();
        var design = await FromTemplateAsync(client, "T-shirt");
        var fabricId = design.Document.Garment.Panels["front"].FabricId;
        var fabric = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/catalog/items/{fabricId}", Cancel);
        var fabricColour = fabric.GetProperty("attributes").GetProperty("colourways")[0].GetProperty("hex").GetString()!.ToLowerInvariant();

        await ApplyAsync(client, design.Design.Id, 1, new { type = "setGarment", property = "colour", panel = "front", value = (string?)null });
        var withFabric = await FillsAsync(client, design.Design.Id);
        await ApplyAsync(client, design.Design.Id, 2, new { type = "updateLayer", layerId = "fabric", visible = false });
        var hidden = await FillsAsync(client, design.Design.Id);

        Assert.Contains(fabricColour, withFabric);
        Assert.DoesNotContain(fabricColour, hidden);
        Assert.Contains("#efe8d8", hidden);
    }

    private static async Task ApplyAsync(HttpClient client, Guid design, int baseVersion, object operation) =>
        (await client.PostAsJsonAsync($"/api/designs/{design}/operations", new { baseVersion, operations = new[] { operation } }, Cancel)).EnsureSuccessStatusCode();

    private static async Task<HashSet<string?>> FillsAsync(HttpClient client, Guid design) =>
        XDocument.Parse(await client.GetStringAsync($"/api/designs/{design}/flat.svg", Cancel)).Root!.Descendants()
            .Select(e => ((string?)e.Attribute("fill"))?.ToLowerInvariant()).ToHashSet();

    [Fact]
    public async Task Someone_elses_design_is_not_found_for_either_view()
    {
        var owner = await SignedInAsync();
        var other = await SignedInAsync();
        var design = await FromTemplateAsync(owner, "T-shirt");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/designs/{design.Design.Id}/preview.glb", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/designs/{design.Design.Id}/flat.svg", Cancel)).StatusCode);
    }

    private static async Task<DesignResponse> FromTemplateAsync(HttpClient client, string name)
    {
        var templates = await client.GetFromJsonAsync<DesignSummary[]>("/api/designs/templates", DesignJson.Options, Cancel);
        var template = templates!.First(t => t.Name == name);
        var response = await client.PostAsJsonAsync("/api/designs", new { templateId = template.Id }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<DesignResponse>(DesignJson.Options, Cancel))!;
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var tokens = await api.SignUpAsync(ApiFactory.UniqueEmail("studio"));
        return api.Client(tokens.AccessToken);
    }
}
