using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.Designs;
using FashionWallet.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FashionWallet.Tests.Designs;

/// <summary>
/// Two API instances on one database, as behind a load balancer: each keeps its own copies of the designs it edits,
/// and neither may ever build a step on a copy the other made old, nor answer for a design the other sent to the trash.
/// </summary>
public sealed class DesignInstancesTests(DesignInstancesTests.TwoInstances apis) : IClassFixture<DesignInstancesTests.TwoInstances>
{
    public sealed class TwoInstances(PostgresFixture postgres) : IAsyncLifetime
    {
        public ApiFactory First { get; } = new(postgres);

        public ApiFactory Second { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await First.InitializeAsync();
            Second = First.SecondInstance();
            await Second.InitializeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Second.DisposeAsync();
            await First.DisposeAsync();
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_instance_never_builds_on_its_copy_after_the_other_instance_wrote()
    {
        var (first, second) = await SignedInOnBothAsync();
        var design = await CreateAsync(first);
        (await ApplyAsync(first, design, 1, AddLayer("from-first"))).EnsureSuccessStatusCode();

        var elsewhere = await ApplyAsync(second, design, 2, AddLayer("from-second"));
        var stale = await ApplyAsync(first, design, 2, AddLayer("lost"));
        var fresh = await ApplyAsync(first, design, 3, AddLayer("after"));

        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal(3, await CurrentVersionAsync(stale));
        var step = await fresh.Content.ReadFromJsonAsync<DesignStepResponse>(DesignJson.Options, Cancel);
        Assert.Equal(4, step!.Version);
        Assert.Equal(["from-first", "from-second", "after"], step.Document.Layers.Select(l => l.Id));
    }

    [Fact]
    public async Task Undo_and_redo_on_one_instance_are_seen_by_edits_on_the_other()
    {
        var (first, second) = await SignedInOnBothAsync();
        var design = await CreateAsync(first);
        (await ApplyAsync(first, design, 1, AddLayer("a"))).EnsureSuccessStatusCode();
        (await ApplyAsync(first, design, 2, AddLayer("b"))).EnsureSuccessStatusCode();

        (await second.PostAsJsonAsync($"/api/designs/{design}/undo", new { baseVersion = 3 }, Cancel)).EnsureSuccessStatusCode();
        var afterUndo = await ApplyAsync(first, design, 4, AddLayer("c"));
        var redo = await second.PostAsJsonAsync($"/api/designs/{design}/redo", new { baseVersion = 5 }, Cancel);

        var step = await afterUndo.Content.ReadFromJsonAsync<DesignStepResponse>(DesignJson.Options, Cancel);
        Assert.Equal(["a", "c"], step!.Document.Layers.Select(l => l.Id));
        Assert.False(step.CanRedo);
        Assert.Equal(HttpStatusCode.Conflict, redo.StatusCode); // the edit dropped the undone step
    }

    [Fact]
    public async Task A_design_sent_to_the_trash_on_one_instance_is_gone_on_the_other_even_for_bad_operations()
    {
        var (first, second) = await SignedInOnBothAsync();
        var design = await CreateAsync(first);
        (await ApplyAsync(first, design, 1, AddLayer("a"))).EnsureSuccessStatusCode();

        (await second.DeleteAsync($"/api/designs/{design}", Cancel)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(first, design, 2, AddLayer("b"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(first, design, 2, new { type = "removeLayer", layerId = "ghost" })).StatusCode);
    }

    [Fact]
    public async Task Of_simultaneous_edits_on_one_version_through_both_instances_exactly_one_is_kept()
    {
        var (first, second) = await SignedInOnBothAsync();
        var design = await CreateAsync(first);
        (await ApplyAsync(first, design, 1, AddLayer("base"))).EnsureSuccessStatusCode();
        // A refused operation leaves the second instance with its own copy of version 2 too.
        Assert.Equal(HttpStatusCode.BadRequest, (await ApplyAsync(second, design, 2, new { type = "removeLayer", layerId = "ghost" })).StatusCode);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => ApplyAsync(i % 2 == 0 ? first : second, design, 2, AddLayer($"racer{i}"))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            Assert.Equal(3, await CurrentVersionAsync(refused));
        var history = await first.GetFromJsonAsync<DesignHistoryPage>($"/api/designs/{design}/history", DesignJson.Options, Cancel);
        Assert.Equal((2, 2), (history!.Head, history.Total));
    }

    [Fact]
    public async Task Starter_templates_are_made_once_when_both_instances_make_them_at_the_same_moment()
    {
        await apis.First.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("delete from designs where is_template", Cancel));
        static IHostedService Starter(ApiFactory api) => api.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "StarterTemplates");

        await Task.WhenAll(Starter(apis.First).StartAsync(Cancel), Starter(apis.Second).StartAsync(Cancel));

        var names = await apis.First.WithDbAsync(db => db.Designs.Where(d => d.IsTemplate).Select(d => d.Name).ToListAsync(Cancel));
        Assert.Contains("T-shirt", names);
        Assert.Equal(names.Distinct().Order(), names.Order());
    }

    private async Task<(HttpClient First, HttpClient Second)> SignedInOnBothAsync()
    {
        var tokens = await apis.First.SignUpAsync(ApiFactory.UniqueEmail("designer"));
        return (apis.First.Client(tokens.AccessToken), apis.Second.Client(tokens.AccessToken));
    }

    private static object AddLayer(string id) => new { type = "addLayer", layer = new { id, name = $"Layer {id}", kind = "accessory" } };

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, Guid design, int baseVersion, params object[] operations) =>
        client.PostAsJsonAsync($"/api/designs/{design}/operations", new { baseVersion, operations }, Cancel);

    private static async Task<Guid> CreateAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/designs", new { name = "Shared design" }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DesignResponse>(DesignJson.Options, Cancel))!.Design.Id;
    }

    private static async Task<int> CurrentVersionAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<ProblemDetails>(body, JsonSerializerOptions.Web)!;
        return ((JsonElement)problem.Extensions["currentVersion"]!).GetInt32();
    }
}
