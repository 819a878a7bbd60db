using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>Views and uses decay with time; the refresh is the only writer of the score and is idempotent.</summary>
public sealed class CatalogTrendingTests(CatalogDatabase database) : IClassFixture<CatalogDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recent_activity_and_uses_count_more_and_the_refresh_orders_trending()
    {
        var store = database.Store;
        var trending = new CatalogTrending(database.DataSource, database.Time);
        async Task<Guid> Create(string sku) => (await store.CreateAsync(CatalogTestItems.FabricInput(sku, name: "Trending Twill", status: CatalogStatus.Published), null, Cancel)).Item!.Id;
        var old = await Create("TR-OLD");
        var recent = await Create("TR-RECENT");
        var used = await Create("TR-USED");
        var start = database.Time.Now;

        database.Time.Now = start.AddDays(-14);
        for (var i = 0; i < 4; i++)
            await trending.RecordViewAsync(old, Cancel);
        database.Time.Now = start;
        for (var i = 0; i < 4; i++)
            await trending.RecordViewAsync(recent, Cancel);
        await trending.RecordUseAsync(used, Cancel);
        await trending.RecordUseAsync(used, Cancel);
        await trending.RecordViewAsync(Guid.NewGuid(), Cancel);

        Assert.Equal(3, await trending.RefreshTrendingAsync(Cancel));
        Assert.Equal(0, await trending.RefreshTrendingAsync(Cancel));

        var items = await Task.WhenAll(new[] { old, recent, used }.Select(id => store.GetAsync(id, Cancel)));
        Assert.Equal([4L, 4L, 0L], items.Select(i => i!.ViewCount));
        Assert.Equal(2L, items[2]!.UseCount);
        Assert.Equal(1.0, items[0]!.TrendingScore, 6);
        Assert.Equal(4.0, items[1]!.TrendingScore, 6);
        Assert.Equal(6.0, items[2]!.TrendingScore, 6);

        var ranked = await database.Search.SearchAsync(new CatalogQuery { Text = "trending twill", Sort = CatalogSort.Trending }, Cancel);
        Assert.Equal([used, recent, old], ranked.Items.Select(i => i.Id));

        database.Time.Now = start.AddDays(7);
        await trending.RefreshTrendingAsync(Cancel);
        Assert.Equal(2.0, (await store.GetAsync(recent, Cancel))!.TrendingScore, 6);
    }
}
