using FashionWallet.Catalog;
using FashionWallet.Tests.Infrastructure;
using Npgsql;

namespace FashionWallet.Tests.Catalog;

/// <summary>A fresh database holding the seed catalog, shared by the read-only tests of one class.</summary>
public sealed class SeededCatalog(PostgresFixture postgres) : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public CatalogStore Store { get; private set; } = null!;
    public CatalogSearch Search { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await postgres.CreateMigratedDatabaseAsync("catalog-seeded"));
        Store = new CatalogStore(DataSource, TimeProvider.System);
        Search = new CatalogSearch(DataSource);
        var report = await CatalogSeed.SeedAsync(Store);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
    }

    public async Task<CatalogItem> ItemAsync(string sku) => await Store.GetBySkuAsync(sku) ?? throw new InvalidOperationException($"No seed item {sku}.");

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
