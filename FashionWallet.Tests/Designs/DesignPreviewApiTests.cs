using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using FashionWallet.Designs;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using FashionWallet.Tests.Platform;
using FashionWallet.Workers.Designs;
using FashionWallet.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.True(glb.Length < 2_000_000, $"{glb.Length} bytes");
        Assert.Equal(glb, await again.Content.ReadAsByteArrayAsync(Cancel));
        var json = System.Text.Encoding.UTF8.GetString(glb, 20, BitConverter.ToInt32(glb, 12));
        Assert.Contains("\"garment\"", json);
        Assert.Contains("fabric-front", json);
        Assert.Contains("KHR_texture_transform", json); // the template's cotton jersey, knitted
        await GltfValidator.AssertValidAsync(glb, "design-preview-t-shirt");
        var cached = Directory.GetFiles(api.BlobRoot, "*.glb", SearchOption.AllDirectories);
        Assert.Single(cached, f => f.Contains(design.Design.Id.ToString("N"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_preview_is_a_304_until_the_wearers_avatar_changes_at_the_same_design_version()
    {
        var owner = await api.SignUpAsync(ApiFactory.UniqueEmail("wearer"));
        var client = api.Client(owner.AccessToken);
        var design = await FromTemplateAsync(client, "T-shirt");
        var url = $"/api/designs/{design.Design.Id}/preview.glb?version={design.Design.Version}";

        using var first = await client.GetAsync(url, Cancel);
        var onTypicalBody = await first.Content.ReadAsByteArrayAsync(Cancel);
        using var notModified = await RevalidateAsync(client, url, first);
        await api.WithDbAsync(db => FashionWallet.Tests.Avatars.AvatarTestData.ReadyAvatarAsync(db, owner.User.Id, heightCm: 190));
        using var onAvatar = await RevalidateAsync(client, url, first);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onAvatar.StatusCode);
        Assert.NotEqual(first.Headers.ETag, onAvatar.Headers.ETag);
        Assert.NotEqual(onTypicalBody, await onAvatar.Content.ReadAsByteArrayAsync(Cancel));
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

    [Fact]
    public async Task A_fabric_edited_in_the_catalog_shows_in_the_preview_and_the_flat_at_the_same_design_version()
    {
        var client = await SignedInAsync();
        var design = await FromTemplateAsync(client, "T-shirt");
        var fabricId = design.Document.Garment.Panels["front"].FabricId!.Value;
        await ApplyAsync(client, design.Design.Id, 1, new { type = "setGarment", property = "colour", panel = "front", value = (string?)null });
        var preview = $"/api/designs/{design.Design.Id}/preview.glb?version=2";
        var flat = $"/api/designs/{design.Design.Id}/flat.svg?version=2";
        using var previewBefore = await client.GetAsync(preview, Cancel);
        using var flatBefore = await client.GetAsync(flat, Cancel);

        var catalog = api.Services.GetRequiredService<FashionWallet.Catalog.CatalogStore>();
        var fabric = (await catalog.GetAsync(fabricId, Cancel))!;
        var attributes = System.Text.Json.Nodes.JsonNode.Parse(fabric.Attributes.GetRawText())!;
        attributes["colourways"]![0]!["hex"] = "#0a7b5c";
        var edit = await catalog.UpdateAsync(fabricId, fabric.ToInput() with { Attributes = System.Text.Json.JsonSerializer.SerializeToElement(attributes) }, cancellationToken: Cancel);
        using var previewAfter = await RevalidateAsync(client, preview, previewBefore);
        using var flatAfter = await RevalidateAsync(client, flat, flatBefore);

        Assert.True(edit.Succeeded, string.Join("; ", edit.Errors));
        Assert.Equal(HttpStatusCode.OK, previewAfter.StatusCode);
        Assert.NotEqual(previewBefore.Headers.ETag, previewAfter.Headers.ETag);
        Assert.NotEqual(await previewBefore.Content.ReadAsByteArrayAsync(Cancel), await previewAfter.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, flatAfter.StatusCode);
        Assert.Contains("#0a7b5c", (await flatAfter.Content.ReadAsStringAsync(Cancel)).ToLowerInvariant());
        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(client, preview, previewAfter)).StatusCode);
    }

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string url, HttpResponseMessage earlier)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { earlier.Headers.ETag! } } };
        return await client.SendAsync(request, Cancel);
    }

    private static async Task ApplyAsync(HttpClient client, Guid design, int baseVersion, object operation) =>
        (await client.PostAsJsonAsync($"/api/designs/{design}/operations", new { baseVersion, operations = new[] { operation } }, Cancel)).EnsureSuccessStatusCode();

    private static async Task<HashSet<string?>> FillsAsync(HttpClient client, Guid design) =>
        XDocument.Parse(await client.GetStringAsync($"/api/designs/{design}/flat.svg", Cancel)).Root!.Descendants()
            .Select(e => ((string?)e.Attribute("fill"))?.ToLowerInvariant()).ToHashSet();

    [Fact]
    public async Task Catalog_ids_an_edit_brings_in_must_be_published_items_of_the_right_kind_and_nothing_changes_otherwise()
    {
        var client = await SignedInAsync();
        var design = await FromTemplateAsync(client, "T-shirt");
        var fabricId = design.Document.Garment.Panels["front"].FabricId!.Value;
        var madeUp = Guid.NewGuid();

        var response = await client.PostAsJsonAsync($"/api/designs/{design.Design.Id}/operations", new
        {
            baseVersion = design.Design.Version,
            operations = new object[]
            {
                new { type = "setGarment", property = "silhouette", value = fabricId.ToString() },
                new { type = "setGarment", property = "fabric", panel = "back", value = madeUp.ToString() },
                new { type = "addPrint", print = new { id = "p1", printId = madeUp, scale = 1, rotation = 0, offsetX = 0, offsetY = 0 } },
                new { type = "addColourway", id = "night", name = "Night", panels = new { front = new { fabricId } } },
            },
        }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(Cancel);
        var after = await client.GetFromJsonAsync<DesignResponse>($"/api/designs/{design.Design.Id}", DesignJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is a fabric, not a silhouette", Assert.Single(problem!.Errors["operations[0].value"]));
        Assert.Equal($"There is no fabric {madeUp} in the catalog.", Assert.Single(problem.Errors["operations[1].value"]));
        Assert.Equal($"There is no print {madeUp} in the catalog.", Assert.Single(problem.Errors["operations[2].print.printId"]));
        Assert.Equal(3, problem.Errors.Count);
        Assert.Equal(design.Design.Version, after!.Design.Version);
        Assert.Equal(design.Document.Garment.SilhouetteId, after.Document.Garment.SilhouetteId);
        Assert.Equal(design.Document.Garment.Panels, after.Document.Garment.Panels);
    }

    [Fact]
    public async Task Someone_elses_design_is_not_found_for_either_view()
    {
        var owner = await SignedInAsync();
        var other = await SignedInAsync();
        var design = await FromTemplateAsync(owner, "T-shirt");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/designs/{design.Design.Id}/preview.glb", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/designs/{design.Design.Id}/flat.svg", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Designs_in_the_trash_past_thirty_days_are_purged_with_their_previews_and_newer_ones_are_kept()
    {
        var owner = await api.SignUpAsync(ApiFactory.UniqueEmail("purge"));
        var client = api.Client(owner.AccessToken);
        var expired = await FromTemplateAsync(client, "T-shirt");
        var recent = await FromTemplateAsync(client, "T-shirt");
        foreach (var design in new[] { expired, recent })
        {
            (await client.GetAsync($"/api/designs/{design.Design.Id}/preview.glb", Cancel)).EnsureSuccessStatusCode();
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/designs/{design.Design.Id}", Cancel)).StatusCode);
        }
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync($"update designs set deleted_at = now() - interval '31 days' where id = {expired.Design.Id}", Cancel));
        string PreviewsOf(DesignResponse design) => Path.Combine(api.BlobRoot, DesignBlobs.Previews(owner.User.Id, design.Design.Id));
        Assert.True(Directory.Exists(PreviewsOf(expired)));

        await using var dataSource = Npgsql.NpgsqlDataSource.Create(api.ConnectionString);
        var job = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(PurgeTrashedDesignsHandler.JobType), Cancel);
        using var worker = WorkerHost.Create(api.ConnectionString, $"purge-{Guid.NewGuid():N}", _ => { }, new() { ["Storage:Root"] = api.BlobRoot },
            builder => builder.AddBlobStorage().AddDesignJobs());
        await worker.StartAsync(Cancel);
        var done = await JobQueueTests.WaitForStatusAsync(dataSource, job, JobStatus.Completed, TimeSpan.FromSeconds(60));
        await worker.StopAsync(CancellationToken.None);

        var left = await api.WithDbAsync(db => db.Designs.Where(d => d.Id == expired.Design.Id || d.Id == recent.Design.Id).Select(d => d.Id).ToListAsync(Cancel));
        Assert.Equal([recent.Design.Id], left);
        Assert.False(Directory.Exists(PreviewsOf(expired)));
        Assert.True(Directory.Exists(PreviewsOf(recent)));
        Assert.Contains("\"deleted\": 1", done.Result);
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
