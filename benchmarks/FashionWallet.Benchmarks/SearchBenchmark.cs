using System.Diagnostics;
using System.Globalization;
using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Catalog search over a generated catalog: a fixed query mix (one word, several words, a typo, facet-filtered,
/// sorted by price), each request a first page of 24 with facet counts, through CatalogSearch at 1, 16 and 64
/// concurrent callers. The baseline, on the same data in the same run, is a naive search: ILIKE '%word%' on name and
/// description for every word, the same filters and sort, a page and a total count, no typo tolerance, no facets.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly int[] Concurrency = [1, 16, 64];

    public static async Task<int> RunAsync(int items, double secondsPerRun)
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        var load = Stopwatch.StartNew();
        await CatalogBulkLoader.LoadAsync(dataSource, items);
        Console.WriteLine($"Generated and loaded {items:N0} items in {load.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores, PostgreSQL 15");
        Console.WriteLine();

        var uncached = new CatalogSearch(dataSource);
        using var cache = new CatalogSearchCache();
        var cached = new CatalogSearch(dataSource, cache);
        var queries = SearchQueryMix.Queries;
        Console.WriteLine("| callers | search | p50 ms | p95 ms | p99 ms | requests/s | p50 vs naive |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var callers in Concurrency)
        {
            var naive = await MeasureAsync(callers, secondsPerRun, queries.Count, i => NaiveSearch.RunAsync(dataSource, queries[i]));
            var cold = await MeasureAsync(callers, secondsPerRun, queries.Count, i => uncached.SearchAsync(queries[i]));
            var warm = await MeasureAsync(callers, secondsPerRun, queries.Count, i => cached.SearchAsync(queries[i]));
            Console.WriteLine(Row(callers, "naive ILIKE (page + total; no facets, typos or ranking)", naive, 1));
            Console.WriteLine(Row(callers, "CatalogSearch, no cache (every request computed)", cold, naive.P50 / cold.P50));
            Console.WriteLine(Row(callers, "CatalogSearch, cache (the mix repeats: all hits)", warm, naive.P50 / warm.P50));
        }
        return 0;
    }

    private static string Row(int callers, string name, Measurement m, double ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"| {callers} | {name} | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.RequestsPerSecond:0} | {ratio:0.0}x |");

    /// <summary>Runs the mix round-robin from <paramref name="callers"/> concurrent loops for a fixed time, after a warm-up.</summary>
    private static async Task<Measurement> MeasureAsync(int callers, double seconds, int mixSize, Func<int, Task> request)
    {
        for (var i = 0; i < mixSize * 2; i++)
            await request(i % mixSize);
        var latencies = new List<double>[callers];
        var next = -1;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var own = latencies[caller] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var index = Interlocked.Increment(ref next) % mixSize;
                var started = Stopwatch.GetTimestamp();
                await request(index);
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measurement(Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length / deadline.Elapsed.TotalSeconds);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record Measurement(double P50, double P95, double P99, double RequestsPerSecond);
}
