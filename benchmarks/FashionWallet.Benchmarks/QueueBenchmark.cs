using System.Diagnostics;
using FashionWallet.Database;
using FashionWallet.Jobs;
using FashionWallet.Workers.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Jobs per second through the real queue (JobQueue to enqueue, the Workers project's JobWorker to run), with
/// 1 and 4 workers of 4 slots each. The baseline, in the same run, is the SQL floor: one connection claiming and
/// completing jobs one at a time with the very statements the worker uses, without its loops, leases or wake-ups.
/// </summary>
internal static class QueueBenchmark
{
    private const string JobType = "bench.noop";

    public static async Task<int> RunAsync(int jobs)
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        Console.WriteLine($"Queue throughput: {jobs} no-op jobs per measurement, PostgreSQL 15 with fsync on, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| measurement | jobs/s | vs SQL floor |");
        Console.WriteLine("|---|---:|---:|");

        var enqueue = await EnqueueAsync(dataSource, jobs);
        var floor = await RawFloorAsync(dataSource, jobs);
        Console.WriteLine($"| enqueue (16 concurrent callers) | {enqueue:0} | |");
        Console.WriteLine($"| SQL floor: claim + complete, 1 connection | {floor:0} | 1.00 |");
        foreach (var workers in new[] { 1, 4 })
        {
            await EnqueueAsync(dataSource, jobs);
            var rate = await WorkersAsync(postgres.ConnectionString, dataSource, jobs, workers);
            Console.WriteLine($"| {workers} worker{(workers > 1 ? "s" : "")} x 4 slots | {rate:0} | {rate / floor:0.00} |");
        }
        return 0;
    }

    private static async Task<double> EnqueueAsync(NpgsqlDataSource dataSource, int jobs)
    {
        await using (var truncate = dataSource.CreateCommand("truncate jobs"))
            await truncate.ExecuteNonQueryAsync();
        var queue = new JobQueue(dataSource);
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < jobs)
                await queue.EnqueueAsync(new JobRequest(JobType, new { n = next }));
        })));
        return jobs / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> RawFloorAsync(NpgsqlDataSource dataSource, int jobs)
    {
        var store = new JobStore(dataSource);
        var stopwatch = Stopwatch.StartNew();
        for (var done = 0; done < jobs; done++)
        {
            var job = (await store.ClaimAsync(JobType, 1, "floor", TimeSpan.FromSeconds(30), CancellationToken.None)).Single();
            await store.CompleteAsync(job.Id, "floor", null, CancellationToken.None);
        }
        return jobs / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> WorkersAsync(string connectionString, NpgsqlDataSource dataSource, int jobs, int workers)
    {
        var hosts = Enumerable.Range(1, workers).Select(n => CreateWorker(connectionString, $"bench-{n}")).ToArray();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(hosts.Select(h => h.StartAsync()));
        await using var count = dataSource.CreateCommand("select count(*) from jobs where status = 'completed' and type = @type");
        count.Parameters.AddWithValue("type", JobType);
        while ((long)(await count.ExecuteScalarAsync())! < jobs)
            await Task.Delay(20);
        var elapsed = stopwatch.Elapsed;
        await Task.WhenAll(hosts.Select(h => h.StopAsync()));
        foreach (var host in hosts)
            host.Dispose();
        return jobs / elapsed.TotalSeconds;
    }

    private static IHost CreateWorker(string connectionString, string workerId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:fashionwallet"] = connectionString,
            ["Jobs:WorkerId"] = workerId,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFashionWalletDatabase(applyMigrations: false);
        builder.AddJobs();
        builder.Services.AddJobHandler<NoopHandler>(JobType);
        return builder.Build();
    }

    private sealed class NoopHandler : IJobHandler
    {
        public Task HandleAsync(JobContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
