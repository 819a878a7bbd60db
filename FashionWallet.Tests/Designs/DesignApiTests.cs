using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.Designs;
using FashionWallet.Tests.Avatars;
using FashionWallet.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Tests.Designs;

/// <summary>Designs over HTTP on a real database: editing with conflicts and bad input, undo/redo across reloads, versions, trash, templates, folders.</summary>
public sealed class DesignApiTests(DesignApiTests.Factory api) : IClassFixture<DesignApiTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly JsonSerializerOptions Json = DesignJson.Options;

    [Fact]
    public async Task Operations_edit_the_document_as_one_step_and_move_its_version_on()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client);

        var response = await ApplyAsync(client, design, 1,
            new { type = "addLayer", layer = new { id = "body", name = "Body", kind = "silhouette" } },
            new { type = "addLayer", layer = new { id = "denim", name = "Denim", kind = "fabric" } },
            new { type = "setGarment", property = "colour", panel = "front", value = "#1A2B3C" });
        var step = await response.Content.ReadFromJsonAsync<DesignStepResponse>(Json, Cancel);
        var reloaded = await client.GetFromJsonAsync<DesignResponse>($"/api/designs/{design}", Json, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, true, false), (step!.Version, step.CanUndo, step.CanRedo));
        Assert.Equal(["body", "denim"], reloaded!.Document.Layers.Select(l => l.Id));
        Assert.Equal("#1a2b3c", reloaded.Document.Garment.Panels["front"].Colour);
        Assert.Equal(2, reloaded.Design.Version);
    }

    [Fact]
    public async Task An_edit_on_a_stale_version_is_a_conflict_with_the_current_version_and_changes_nothing()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client);
        (await ApplyAsync(client, design, 1, AddLayer("a"))).EnsureSuccessStatusCode();

        var stale = await ApplyAsync(client, design, 1, AddLayer("b"));
        var problem = await stale.Content.ReadFromJsonAsync<ProblemDetails>(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, ((JsonElement)problem!.Extensions["currentVersion"]!).GetInt32());
        Assert.Equal(["a"], (await GetAsync(client, design)).Document.Layers.Select(l => l.Id));
    }

    [Fact]
    public async Task Edits_to_a_locked_layer_or_an_unknown_layer_name_the_operation_and_change_nothing()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client);
        (await ApplyAsync(client, design, 1, AddLayer("a"), new { type = "updateLayer", layerId = "a", locked = true })).EnsureSuccessStatusCode();

        var locked = await ApplyAsync(client, design, 2, AddLayer("b"), new { type = "updateLayer", layerId = "a", name = "Renamed" });
        var unknown = await ApplyAsync(client, design, 2, new { type = "removeLayer", layerId = "ghost" });
        var badType = await ApplyAsync(client, design, 2, new { type = "explode" });
        var badColour = await ApplyAsync(client, design, 2, new { type = "setGarment", property = "colour", panel = "front", value = "blue" });

        Assert.Equal("operations[1].layerId", await SingleErrorFieldAsync(locked));
        Assert.Equal("operations[0].layerId", await SingleErrorFieldAsync(unknown));
        Assert.Equal("operations[0]", await SingleErrorFieldAsync(badType));
        Assert.Equal("operations[0].value", await SingleErrorFieldAsync(badColour));
        var after = await GetAsync(client, design);
        Assert.Equal(2, after.Design.Version);
        Assert.Equal(["a"], after.Document.Layers.Select(l => l.Id));
        Assert.Equal("Layer a", after.Document.Layers[0].Name);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_or_over_fifty_layers_is_refused_and_nothing_changes()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client);
        var big = new string('x', DesignLimits.MaxPropertyValueLength);
        var huge = Enumerable.Range(0, 5).Select(i => (object)new
        {
            type = "addLayer",
            layer = new { id = $"big{i}", name = "Big", kind = "print", properties = Enumerable.Range(0, DesignLimits.MaxLayerProperties).ToDictionary(p => $"p{p}", _ => big) },
        }).ToArray();

        var oversized = await ApplyAsync(client, design, 1, huge);
        var tooMany = await ApplyAsync(client, design, 1, Enumerable.Range(0, DesignLimits.MaxLayers + 1).Select(i => AddLayer($"l{i}")).ToArray());

        Assert.Equal("operations", await SingleErrorFieldAsync(oversized));
        Assert.Equal($"operations[{DesignLimits.MaxLayers}].layer", await SingleErrorFieldAsync(tooMany));
        Assert.Equal(1, (await GetAsync(client, design)).Design.Version);
    }

    [Fact]
    public async Task Someone_elses_design_does_not_exist_for_them()
    {
        var (owner, _, _) = await SignedInAsync();
        var (other, _, _) = await SignedInAsync();
        var design = await CreateAsync(owner);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/designs/{design}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(other, design, 1, AddLayer("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 1 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/designs/{design}", Cancel)).StatusCode);
        Assert.Equal(1, (await GetAsync(owner, design)).Design.Version);
    }

    [Fact]
    public async Task Undo_and_redo_of_several_steps_survive_signing_in_again()
    {
        var (client, email, _) = await SignedInAsync();
        var design = await CreateAsync(client);
        for (var i = 0; i < 4; i++)
            (await ApplyAsync(client, design, i + 1, AddLayer($"l{i}"))).EnsureSuccessStatusCode();
        var afterTwo = await client.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 5 }, Cancel);
        (await client.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 6 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 7 }, Cancel)).EnsureSuccessStatusCode();

        using var later = api.Client((await api.SignInAsync(email)).AccessToken);
        var reloaded = await GetAsync(later, design);
        var redo = await later.PostAsJsonAsync($"/api/designs/{design}/redo", new { baseVersion = reloaded.Design.Version }, Cancel);
        var redone = await redo.Content.ReadFromJsonAsync<DesignStepResponse>(Json, Cancel);
        var history = await later.GetFromJsonAsync<DesignHistoryPage>($"/api/designs/{design}/history", Json, Cancel);

        Assert.Equal(HttpStatusCode.OK, afterTwo.StatusCode);
        Assert.Equal(["l0"], reloaded.Document.Layers.Select(l => l.Id));
        Assert.Equal((true, true), (reloaded.CanUndo, reloaded.CanRedo));
        Assert.Equal(["l0", "l1"], redone!.Document.Layers.Select(l => l.Id));
        Assert.Equal((2, 4), (history!.Head, history.Total));
        Assert.Equal([true, true, false, false], history.Items.Select(h => h.Undone));

        // A new edit after undoing drops what could have been redone.
        (await ApplyAsync(later, design, redone.Version, AddLayer("fresh"))).EnsureSuccessStatusCode();
        var final = await GetAsync(later, design);
        Assert.Equal(["l0", "l1", "fresh"], final.Document.Layers.Select(l => l.Id));
        Assert.False(final.CanRedo);
        Assert.Equal(HttpStatusCode.Conflict, (await later.PostAsJsonAsync($"/api/designs/{design}/redo", new { baseVersion = final.Design.Version }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_named_version_can_be_restored_and_the_restore_undone()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client);
        (await ApplyAsync(client, design, 1, AddLayer("kept"))).EnsureSuccessStatusCode();
        var saved = await client.PostAsJsonAsync($"/api/designs/{design}/versions", new { name = "Before the experiment" }, Cancel);
        var version = await saved.Content.ReadFromJsonAsync<DesignVersionSummary>(Cancel);
        (await ApplyAsync(client, design, 2, AddLayer("experiment"))).EnsureSuccessStatusCode();

        var restore = await client.PostAsJsonAsync($"/api/designs/{design}/versions/{version!.Number}/restore", new { baseVersion = 3 }, Cancel);
        var restored = await restore.Content.ReadFromJsonAsync<DesignStepResponse>(Json, Cancel);
        var undone = await (await client.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 4 }, Cancel)).Content.ReadFromJsonAsync<DesignStepResponse>(Json, Cancel);
        var versions = await client.GetFromJsonAsync<DesignVersionSummary[]>($"/api/designs/{design}/versions", Cancel);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal((2, "Before the experiment"), (version.Number, version.Name));
        Assert.Equal(["kept"], restored!.Document.Layers.Select(l => l.Id));
        Assert.Equal(["kept", "experiment"], undone!.Document.Layers.Select(l => l.Id));
        Assert.Equal([2, 1], versions!.Select(v => v.Number));
    }

    [Fact]
    public async Task A_deleted_design_waits_in_the_trash_and_can_be_restored_within_thirty_days()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client, "Trashed");
        var old = await CreateAsync(client, "Long gone");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/designs/{design}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/designs/{old}", Cancel)).StatusCode);
        await api.WithDbAsync(db => db.Designs.Where(d => d.Id == old).ExecuteUpdateAsync(s => s.SetProperty(d => d.DeletedAt, DateTimeOffset.UtcNow.AddDays(-31)), Cancel));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/designs/{design}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(client, design, 1, AddLayer("x"))).StatusCode);
        Assert.DoesNotContain((await ListAsync(client, "")).Items, d => d.Id == design);
        Assert.Equal([design], (await client.GetFromJsonAsync<DesignSummary[]>("/api/designs/trash", Cancel))!.Select(d => d.Id));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/designs/{design}/restore", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/designs/{old}/restore", null, Cancel)).StatusCode);
        Assert.Equal("Trashed", (await GetAsync(client, design)).Design.Name);
    }

    [Fact]
    public async Task A_design_can_be_saved_as_a_template_and_a_new_design_started_from_it()
    {
        var (client, _, _) = await SignedInAsync();
        var design = await CreateAsync(client, "Shirt base");
        (await ApplyAsync(client, design, 1, AddLayer("collar"))).EnsureSuccessStatusCode();

        var saved = await client.PostAsJsonAsync($"/api/designs/{design}/template", new { name = "My shirt template" }, Cancel);
        var template = await saved.Content.ReadFromJsonAsync<DesignResponse>(Json, Cancel);
        var publish = await client.PostAsJsonAsync($"/api/designs/{design}/template", new { publish = true }, Cancel);
        var templates = await client.GetFromJsonAsync<DesignSummary[]>("/api/designs/templates", Cancel);
        var started = await client.PostAsJsonAsync("/api/designs", new { templateId = template!.Design.Id }, Cancel);
        var fromTemplate = await started.Content.ReadFromJsonAsync<DesignResponse>(Json, Cancel);
        var (stranger, _, _) = await SignedInAsync();
        var refused = await stranger.PostAsJsonAsync("/api/designs", new { templateId = template.Design.Id }, Cancel);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal("publish", await SingleErrorFieldAsync(publish));
        Assert.Contains(templates!, t => t.Id == template.Design.Id && t.IsTemplate);
        Assert.Equal("My shirt template", fromTemplate!.Design.Name);
        Assert.Equal(["collar"], fromTemplate.Document.Layers.Select(l => l.Id));
        Assert.Equal("templateId", await SingleErrorFieldAsync(refused));
        Assert.DoesNotContain((await ListAsync(client, "")).Items, d => d.IsTemplate);
    }

    [Fact]
    public async Task Own_designs_are_found_by_text_tag_folder_and_status_and_folders_never_nest_inside_themselves()
    {
        var (client, _, _) = await SignedInAsync();
        var parent = await CreateFolderAsync(client, "Summer", null);
        var child = await CreateFolderAsync(client, "Dresses", parent);
        var linen = await CreateAsync(client, "Linen wrap dress", tags: ["linen", "summer"], folderId: child);
        await CreateAsync(client, "Wool coat", tags: ["winter"]);
        (await client.PatchAsJsonAsync($"/api/designs/{linen}", new { status = "published", description = "Breezy" }, Cancel)).EnsureSuccessStatusCode();

        Assert.Equal([linen], (await ListAsync(client, "?q=wrap")).Items.Select(d => d.Id));
        Assert.Equal([linen], (await ListAsync(client, "?q=breezy")).Items.Select(d => d.Id));
        Assert.Equal([linen], (await ListAsync(client, "?tag=linen&tag=summer")).Items.Select(d => d.Id));
        Assert.Equal([linen], (await ListAsync(client, $"?folderId={child}&status=published")).Items.Select(d => d.Id));
        Assert.Equal(["Linen wrap dress", "Wool coat"], (await ListAsync(client, "?sort=name")).Items.Select(d => d.Name));
        Assert.Equal((1, 2), (await ListAsync(client, "?pageSize=1&page=2")) is var page ? (page.Items.Count, page.Total) : default);

        var intoItself = await client.PatchAsJsonAsync($"/api/designs/folders/{parent}", new { parentId = child }, Cancel);
        Assert.Equal("parentId", await SingleErrorFieldAsync(intoItself));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/designs/folders/{parent}", Cancel)).StatusCode);
        Assert.Null((await GetAsync(client, linen)).Design.FolderId);
    }

    [Fact]
    public async Task A_design_can_only_be_put_on_its_owners_avatar()
    {
        var (client, _, userId) = await SignedInAsync();
        var (_, _, otherId) = await SignedInAsync();
        var mine = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, userId));
        var theirs = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, otherId));

        var refused = await client.PostAsJsonAsync("/api/designs", new { name = "On someone else", avatarId = theirs.Id }, Cancel);
        var accepted = await client.PostAsJsonAsync("/api/designs", new { name = "On me", avatarId = mine.Id }, Cancel);

        Assert.Equal("avatarId", await SingleErrorFieldAsync(refused));
        Assert.Equal(mine.Id, (await accepted.Content.ReadFromJsonAsync<DesignResponse>(Json, Cancel))!.Design.AvatarId);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_designs_endpoints_by_name()
    {
        using var client = api.Client();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Cancel));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/designs/{id}/operations", out var operations));
        Assert.Equal("ApplyDesignOperations", operations.GetProperty("post").GetProperty("operationId").GetString());
    }

    private static object AddLayer(string id) => new { type = "addLayer", layer = new { id, name = $"Layer {id}", kind = "accessory" } };

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, Guid design, int baseVersion, params object[] operations) =>
        client.PostAsJsonAsync($"/api/designs/{design}/operations", new { baseVersion, operations }, Cancel);

    private static async Task<Guid> CreateAsync(HttpClient client, string name = "Test design", string[]? tags = null, Guid? folderId = null)
    {
        var response = await client.PostAsJsonAsync("/api/designs", new { name, tags, folderId }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<DesignResponse>(Json, Cancel))!.Design.Id;
    }

    private static async Task<Guid> CreateFolderAsync(HttpClient client, string name, Guid? parentId)
    {
        var response = await client.PostAsJsonAsync("/api/designs/folders", new { name, parentId }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DesignFolderResponse>(Cancel))!.Id;
    }

    private static async Task<DesignResponse> GetAsync(HttpClient client, Guid design) =>
        (await client.GetFromJsonAsync<DesignResponse>($"/api/designs/{design}", Json, Cancel))!;

    private static async Task<DesignPage> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<DesignPage>($"/api/designs{query}", Json, Cancel))!;

    private static async Task<string> SingleErrorFieldAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(body, JsonSerializerOptions.Web)!;
        return Assert.Single(problem.Errors).Key;
    }

    private async Task<(HttpClient Client, string Email, Guid UserId)> SignedInAsync()
    {
        var email = ApiFactory.UniqueEmail("designer");
        var tokens = await api.SignUpAsync(email);
        var userId = await api.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel));
        return (api.Client(tokens.AccessToken), email, userId);
    }
}
