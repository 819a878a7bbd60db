using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Design operations over HTTP against the whole app (started by the AppHost's own code on a throwaway PostgreSQL):
/// 20 people sign up, each of 200 clients edits its own design (see <see cref="DesignOpsClient"/>). Two load models:
/// closed loop (each client sends again as soon as it has its answer: a throughput test, where latency is about
/// clients / throughput), and open loop (200 studios, each sending an operation every 500 ms on average, as a person
/// editing would: the latency a studio sees at a given offered rate). Every request is a full, committed step.
/// </summary>
internal static class DesignOpsBenchmark
{
    private const int People = 20;
    private static readonly int[] Concurrency = [1, 50, 200];
    private const int OpenLoopStudios = 200;
    private static readonly TimeSpan[] OpenLoopIntervals = [TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(500)];

    /// <param name="withTelemetry">False turns the API's trace and metric export off, to see what tracing every request costs.</param>
    public static async Task<int> RunAsync(double secondsPerRun, bool withTelemetry = true)
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"fw-bench-designs-{Guid.NewGuid():N}");
        var builder = DistributedApplicationBuilder.Create([$"--ConnectionStrings:fashionwallet={postgres.ConnectionString}"], options =>
        {
            options.DataDirectory = dataDirectory;
            (options.DashboardPort, options.ApiPort, options.WebPort, options.WorkersPort) = (0, 0, 0, 0);
        }, TextWriter.Null);
        var model = FashionWalletApp.Define(builder);
        model.Api.WithEnvironment("Accounts__RateLimits__RegistrationsPerIpPerHour", "1000").WithEnvironment("Accounts__RateLimits__SignInsPerIpPer15Minutes", "1000");
        if (!withTelemetry)
            model.Api.WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        await using var app = builder.Build();
        await app.StartAsync();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = app.GetEndpoint("api"), Timeout = TimeSpan.FromSeconds(60) };
            var tokens = new List<string>();
            for (var i = 0; i < People; i++)
                tokens.Add(await BenchmarkAccounts.SignUpAsync(http, $"designer{i}.{Guid.NewGuid():N}@example.com"));
            var clients = new List<DesignOpsClient>();
            for (var i = 0; i < Concurrency.Max(); i++)
                clients.Add(await DesignOpsClient.CreateAsync(http, tokens[i % People]));
            var apiPid = model.Api.Pid ?? throw new InvalidOperationException("The API is not running.");
            TimeSpan Servers() => ProcessCpu.TreeTime(apiPid) + postgres.ServerCpuTime();
            var servers = new ServerCpuSplit(() => ProcessCpu.TreeTime(apiPid), postgres.ServerCpuTime);

            Console.WriteLine($"{People} people, {clients.Count} designs of 10 layers; {Environment.ProcessorCount} cores, PostgreSQL 15; {secondsPerRun:0} s per row; API telemetry {(withTelemetry ? "on" : "off")}");
            Console.WriteLine();
            Console.WriteLine("Closed loop (each client sends again as soon as it has its answer):");
            Console.WriteLine();
            Console.WriteLine("| clients | POST /api/designs/{id}/operations | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request (client + API + PostgreSQL) | load average before, after |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
            foreach (var count in Concurrency)
            {
                var before = LoadAverage();
                servers.Start();
                var m = await MeasureAsync(clients.Take(count).ToArray(), secondsPerRun, Servers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {count} | one operation per request, each client on its own design | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.RequestsPerSecond:0} | {m.AppCpu:0.00} + {servers.Split(m.ServerCpu)} | {before}, {LoadAverage()} |"));
            }
            Console.WriteLine();
            Console.WriteLine("Open loop (each studio sends when its operation is due; latency counted from then):");
            Console.WriteLine();
            Console.WriteLine("| studios | one operation every (±50%) | offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | CPU ms/request (client + API + PostgreSQL) | load average before, after |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var interval in OpenLoopIntervals)
            {
                var before = LoadAverage();
                servers.Start();
                var m = await OpenLoopRun.MeasureAsync(clients.Take(OpenLoopStudios).ToArray(), interval, secondsPerRun, Servers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {OpenLoopStudios} | {interval.TotalMilliseconds:0} ms | {m.OfferedPerSecond:0} | {m.AchievedPerSecond:0} | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.AppCpu:0.00} + {servers.Split(m.ServerCpu)} | {before}, {LoadAverage()} |"));
            }
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
        return 0;
    }

    /// <summary>Like <see cref="LoadRun"/>, but each caller keeps to its own design, since each step needs the version the last one gave.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task<LoadMeasurement> MeasureAsync(DesignOpsClient[] clients, double seconds, Func<TimeSpan> serverCpu)
    {
        foreach (var client in clients.Take(10))
            await client.NextAsync();
        using var process = Process.GetCurrentProcess();
        var (appCpu, serverBefore) = (process.TotalProcessorTime, serverCpu());
        var latencies = new List<double>[clients.Length];
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            var own = latencies[i] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var started = Stopwatch.GetTimestamp();
                await client.NextAsync();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        process.Refresh();
        return new LoadMeasurement(LoadRun.Percentile(all, 0.50), LoadRun.Percentile(all, 0.95), LoadRun.Percentile(all, 0.99), all.Length / deadline.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - appCpu).TotalMilliseconds / all.Length, (serverCpu() - serverBefore).TotalMilliseconds / all.Length);
    }
}
