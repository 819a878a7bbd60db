using System.Diagnostics;
using FashionWallet.Catalog;
using FashionWallet.Database;
using FashionWallet.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace FashionWallet.Tests.Catalog.Search;

/// <summary>The index follows PostgreSQL: admins' writes, trending refreshes, deletions and truncation, across nodes and merges.</summary>
public sealed class CatalogSearchIndexTests(CatalogDatabase database, PostgresFixture postgres) : IClassFixture<CatalogDatabase>
{
    // The sync interval is well under a second; the deadline is generous because CI machines stall.
    // How fast changes really propagate is measured by the benchmarks, not asserted here.
    private static readonly TimeSpan PropagationDeadline = TimeSpan.FromSeconds(15);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_node_reflects_an_admin_write_within_a_second()
    {
        var store = database.Store;
        var nodes = new[] { new CatalogSearchIndex(database.DataSource), new CatalogSearchIndex(database.DataSource) };
        foreach (var node in nodes)
            await node.LoadAsync(Cancel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var following = nodes.Select(node => node.FollowAsync(TimeSpan.FromMilliseconds(250), stop.Token)).ToArray();
        var searches = nodes.Select(node => new CatalogSearch(database.DataSource, node)).ToArray();
        var query = new CatalogQuery { Text = "quokka" };

        var draft = (await store.CreateAsync(CatalogTestItems.FabricInput("FRESH-1", name: "Quokka Twill"), null, Cancel)).Item!.Id;
        var published = (await store.CreateAsync(CatalogTestItems.FabricInput("FRESH-2", name: "Quokka Drill", status: CatalogStatus.Published), null, Cancel)).Item!.Id;
        await EveryNodeEventually(searches, query, r => r.Items.Select(i => i.Id).SequenceEqual([published]));
        await EveryNodeEventually(searches, query with { IncludeUnpublished = true }, r => r.Total == 2);

        await store.ArchiveAsync(published, null, Cancel);
        await EveryNodeEventually(searches, query, r => r.Total == 0);

        await store.PublishAsync(draft, null, Cancel);
        await EveryNodeEventually(searches, query, r => r.Items.Select(i => i.Id).SequenceEqual([draft]));

        await store.UpdateAsync(draft, CatalogTestItems.FabricInput("FRESH-1", name: "Wombat Twill", status: CatalogStatus.Published), null, null, Cancel);
        await EveryNodeEventually(searches, query, r => r.Total == 0);
        await EveryNodeEventually(searches, new CatalogQuery { Text = "wombat" }, r => r.Total == 1);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(following));
    }

    [Fact]
    public async Task A_trending_refresh_reorders_results_without_a_rebuild()
    {
        var store = database.Store;
        var trending = new CatalogTrending(database.DataSource, database.Time);
        var index = new CatalogSearchIndex(database.DataSource);
        var ids = new List<Guid>();
        foreach (var sku in new[] { "TREND-1", "TREND-2", "TREND-3" })
            ids.Add((await store.CreateAsync(CatalogTestItems.FabricInput(sku, name: "Numbat Sateen", status: CatalogStatus.Published), null, Cancel)).Item!.Id);
        await index.LoadAsync(Cancel);
        var segmentsBefore = index.Current!.Segments[0].Segment;

        for (var i = 0; i < 3; i++)
            await trending.RecordUseAsync(ids[2], Cancel);
        await trending.RecordViewAsync(ids[1], Cancel);
        await trending.RefreshTrendingAsync(Cancel);
        Assert.True(await index.SyncAsync(Cancel) >= 2);

        var ranked = await new CatalogSearch(database.DataSource, index).SearchAsync(new CatalogQuery { Text = "numbat", Sort = CatalogSort.Trending }, Cancel);
        var expected = await database.Search.SearchAsync(new CatalogQuery { Text = "numbat", Sort = CatalogSort.Trending }, Cancel);
        Assert.Equal([ids[2], ids[1], ids[0]], ranked.Items.Select(i => i.Id));
        Assert.Equal(expected.Items.Select(i => i.Id), ranked.Items.Select(i => i.Id));
        Assert.Same(segmentsBefore, index.Current!.Segments[0].Segment);
        Assert.Single(index.Current.Segments);
    }

    [Fact]
    public async Task A_growing_delta_is_merged_in_the_background_while_writes_go_on()
    {
        var store = database.Store;
        var index = new CatalogSearchIndex(database.DataSource) { MergeThreshold = 5 };
        await index.LoadAsync(Cancel);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 40 && clock.Elapsed < TimeSpan.FromSeconds(20); i++)
        {
            var status = i % 4 == 0 ? CatalogStatus.Draft : CatalogStatus.Published;
            await store.CreateAsync(CatalogTestItems.FabricInput($"MERGE-{i}", name: $"Bilby Voile {i}", status: status), null, Cancel);
            await index.SyncAsync(Cancel);
        }
        while (index.Current!.Segments.Count > 1 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20, Cancel);
            await index.SyncAsync(Cancel);
        }

        var query = new CatalogQuery { Text = "bilby", Sort = CatalogSort.PriceAscending, PageSize = 100 };
        var fromIndex = await new CatalogSearch(database.DataSource, index).SearchAsync(query, Cancel);
        var fromDatabase = await database.Search.SearchAsync(query, Cancel);
        Assert.Equal(30, fromIndex.Total);
        Assert.Equal(fromDatabase.Items.Select(i => i.Id), fromIndex.Items.Select(i => i.Id));
        Assert.Single(index.Current.Segments);
    }

    [Fact]
    public async Task Deleted_and_truncated_items_leave_the_index()
    {
        var other = new CatalogDatabase(postgres);
        await other.InitializeAsync();
        try
        {
            await CatalogBulkLoader.LoadAsync(other.DataSource, 20, cancellationToken: Cancel);
            var index = new CatalogSearchIndex(other.DataSource);
            await index.LoadAsync(Cancel);
            var all = new CatalogQuery { IncludeUnpublished = true };
            var search = new CatalogSearch(other.DataSource, index);

            await other.ScalarAsync("with gone as (delete from catalog_items where id in (select id from catalog_items order by id limit 5) returning 1) select count(*) from gone");
            await index.SyncAsync(Cancel);
            Assert.Equal(15, (await search.SearchAsync(all, Cancel)).Total);

            await other.ScalarAsync("truncate catalog_items cascade");
            await index.SyncAsync(Cancel);
            Assert.Equal(0, (await search.SearchAsync(all, Cancel)).Total);
            Assert.True(index.IsReady);
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task AddCatalogSearch_loads_the_index_in_the_background_and_keeps_it_current()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{DatabaseExtensions.ConnectionName}"] = await postgres.CreateMigratedDatabaseAsync("wiring");
        builder.AddFashionWalletDatabase(applyMigrations: false);
        builder.AddCatalogSearch();
        using var host = builder.Build();
        await host.StartAsync(Cancel);
        var index = host.Services.GetRequiredService<CatalogSearchIndex>();
        var clock = Stopwatch.StartNew();
        while (!index.IsReady && clock.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(20, Cancel);
        var store = new CatalogStore(host.Services.GetRequiredService<NpgsqlDataSource>(), TimeProvider.System);

        var created = await store.CreateAsync(CatalogTestItems.FabricInput("WIRED-1", name: "Kiwi Batiste", status: CatalogStatus.Published), null, Cancel);

        Assert.True(index.IsReady);
        await EveryNodeEventually([host.Services.GetRequiredService<CatalogSearch>()], new CatalogQuery { Text = "kiwi" },
            r => r.Items.Select(i => i.Id).SequenceEqual([created.Item!.Id]));
        await host.StopAsync(Cancel);
    }

    private static async Task EveryNodeEventually(CatalogSearch[] nodes, CatalogQuery query, Func<CatalogSearchResult, bool> reflected)
    {
        var clock = Stopwatch.StartNew();
        foreach (var node in nodes)
        {
            while (!reflected(await node.SearchAsync(query, Cancel)))
            {
                Assert.True(clock.Elapsed < PropagationDeadline, $"a node still answered the old way after {clock.ElapsedMilliseconds} ms");
                await Task.Delay(10, Cancel);
            }
        }
    }
}
