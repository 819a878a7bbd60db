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

    /// <summary>CPU time PostgreSQL has used so far: the server process and its backends, living and exited (from /proc).</summary>
    public TimeSpan ServerCpuTime()
    {
        const double ticksPerSecond = 100; // USER_HZ, the unit of /proc/*/stat times on Linux
        var processes = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Stat(pid) : null)
            .OfType<(int Pid, int Parent, long Ticks)>()
            .ToArray();
        var tree = new HashSet<int> { _server!.Pid };
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var process in processes)
                grown |= tree.Contains(process.Parent) && tree.Add(process.Pid);
        }
        return TimeSpan.FromSeconds(processes.Where(p => tree.Contains(p.Pid)).Sum(p => p.Ticks) / ticksPerSecond);
    }

    /// <summary>A process's parent and its CPU ticks, its reaped children's included; null when it has gone.</summary>
    private static (int Pid, int Parent, long Ticks)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start with the state: 3 state, 4 ppid, 14-17 times.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = fields[11..15].Sum(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture));
            return (pid, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), ticks);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
            await _server.StopAsync(Native.SigInt, TimeSpan.FromSeconds(10));
        _logs.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
