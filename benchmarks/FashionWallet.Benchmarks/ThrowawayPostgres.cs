using FashionWallet.AppHost.Hosting;
using FashionWallet.AppHost.Postgres;
using FashionWallet.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>A durable PostgreSQL cluster in a temporary directory, started with the AppHost's own code.</summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fw-bench-{Guid.NewGuid():N}");
    private readonly ResourceLogs _logs = new(null);
    private ManagedProcess? _server;

    public string ConnectionString { get; private set; } = "";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var postgres = new ThrowawayPostgres();
        var cluster = new PostgresCluster(Path.Combine(postgres._root, "postgres"), binDirectory: null);
        await cluster.InitialiseAsync(postgres._logs, CancellationToken.None);
        var port = PortAllocator.FreePort();
        postgres._server = await cluster.StartAsync(port, durable: true, postgres._logs, TimeSpan.FromSeconds(30));
        var admin = PostgresCluster.ConnectionString(port, cluster.ReadPassword(), "postgres");
        await PostgresCluster.CreateDatabaseIfMissingAsync(admin, "bench", CancellationToken.None);
        postgres.ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = "bench", MaxPoolSize = 200 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded);
        return postgres;
    }

    /// <summary>CPU time PostgreSQL has used so far: the server process and its backends, living and exited.</summary>
    public TimeSpan ServerCpuTime() => ProcessCpu.TreeTime(_server!.Pid);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
            await _server.StopAsync(Native.SigInt, TimeSpan.FromSeconds(10));
        _logs.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
