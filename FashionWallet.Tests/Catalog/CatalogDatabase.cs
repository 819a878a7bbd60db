using FashionWallet.Catalog;
using FashionWallet.Tests.Infrastructure;
using Npgsql;

namespace FashionWallet.Tests.Catalog;

/// <summary>A migrated catalog database for one test class; tests that write use their own SKUs so they do not meet.</summary>
public class CatalogDatabase(PostgresFixture postgres) : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public SettableTime Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    public CatalogStore Store { get; private set; } = null!;
    public CatalogSearch Search { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await postgres.CreateMigratedDatabaseAsync(GetType().Name));
        Store = new CatalogStore(DataSource, Time);
        Search = new CatalogSearch(DataSource);
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// A catalog database holding the seed catalog, shared by the read-only tests of one class, with an in-memory index
/// loaded from it: <see cref="CatalogDatabase.Search"/> asks PostgreSQL, <see cref="IndexedSearch"/> the index.
/// </summary>
public sealed class SeededCatalog(PostgresFixture postgres) : CatalogDatabase(postgres)
{
    public CatalogSearchIndex Index { get; private set; } = null!;
    public CatalogSearch IndexedSearch { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var report = await CatalogSeed.SeedAsync(Store);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Index = new CatalogSearchIndex(DataSource);
        await Index.LoadAsync();
        IndexedSearch = new CatalogSearch(DataSource, Index);
    }

    public async Task<CatalogItem> ItemAsync(string sku) => await Store.GetBySkuAsync(sku) ?? throw new InvalidOperationException($"No seed item {sku}.");
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
