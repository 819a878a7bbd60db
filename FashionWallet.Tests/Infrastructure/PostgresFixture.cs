using FashionWallet.AppHost.Hosting;
using FashionWallet.AppHost.Postgres;
using FashionWallet.AppHost.Provisioning;
using FashionWallet.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

[assembly: AssemblyFixture(typeof(FashionWallet.Tests.Infrastructure.PostgresFixture))]

namespace FashionWallet.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started with the AppHost's own cluster code
/// (fsync off: nothing here needs to survive a power cut). Each test class asks it for a fresh database.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fw-tests-{Guid.NewGuid():N}");
    private readonly ResourceLogs _logs = new(null);
    private ManagedProcess? _server;
    private int _databases;

    public string AdminConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await AptProvisioner.EnsureInstalledAsync(["postgresql", "postgresql-contrib"], _ => { }, allowInstall: true, CancellationToken.None);
        var cluster = new PostgresCluster(Path.Combine(_root, "postgres"), binDirectory: null);
        await cluster.InitialiseAsync(_logs, CancellationToken.None);
        var port = PortAllocator.FreePort();
        _server = await cluster.StartAsync(port, durable: false, _logs, TimeSpan.FromSeconds(30));
        AdminConnectionString = PostgresCluster.ConnectionString(port, cluster.ReadPassword(), "postgres");
    }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}";
        await PostgresCluster.CreateDatabaseIfMissingAsync(AdminConnectionString, name, CancellationToken.None);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A new database with every migration applied.</summary>
    public async Task<string> CreateMigratedDatabaseAsync(string purpose)
    {
        var connectionString = await CreateDatabaseAsync(purpose);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded);
        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
            await _server.StopAsync(Native.SigInt, TimeSpan.FromSeconds(10));
        _logs.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: /tmp is cleaned by the system.
        }
    }
}
