using FashionWallet.Catalog;
using FashionWallet.Tests.Infrastructure;
using Npgsql;

namespace FashionWallet.Tests.Catalog;

/// <summary>An empty migrated catalog database for one test class; tests use their own SKUs so they do not meet.</summary>
public sealed class CatalogDatabase(PostgresFixture postgres) : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public SettableTime Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    public CatalogStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await postgres.CreateMigratedDatabaseAsync("catalog"));
        Store = new CatalogStore(DataSource, Time);
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
