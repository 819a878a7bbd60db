using System.Diagnostics;
using System.Globalization;
using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Catalog search over a generated catalog with a varied, reproducible mix of distinct queries (see
/// <see cref="SearchQueryMix"/>), each request a page of 24 with the total and facet counts, at 1, 16 and 64
/// concurrent callers, for three engines in the same run on the same data: CatalogSearch on the in-memory index,
/// CatalogSearch in PostgreSQL, and the naive baseline (ILIKE '%word%' on name and description for every word, the
/// same filters and sort, a page and a total count, no typo tolerance, ranking or facets).
/// </summary>
internal static class SearchBenchmark
{
    private const int MixSize = 600;
    private static readonly int[] Concurrency = [1, 16, 64];

    public static async Task<int> RunAsync(int items, double secondsPerRun)
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        var load = Stopwatch.StartNew();
        await CatalogBulkLoader.LoadAsync(dataSource, items);
        Console.WriteLine($"Generated and loaded {items:N0} items in {load.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores, PostgreSQL 15");

        var index = new CatalogSearchIndex(dataSource);
        await index.LoadAsync();
        var status = index.Status!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"In-memory index: {status.Items:N0} items loaded in {status.LoadTime.TotalSeconds:0.0} s (reading {status.ReadTime.TotalSeconds:0.0} s), {status.ManagedBytes / 1e6:0} MB managed"));

        var mix = await SearchQueryMix.CreateAsync(dataSource, MixSize);
        Console.WriteLine($"Query mix: {mix.Count} distinct searches ({string.Join(", ", mix.GroupBy(q => q.Shape).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))})");
        Console.WriteLine();

        var inMemory = await RequestsAsync(new CatalogSearch(dataSource, index), mix);
        var inPostgres = await RequestsAsync(new CatalogSearch(dataSource), mix);
        var naive = mix.Select(q => (Func<Task>)(() => NaiveSearch.RunAsync(dataSource, q.Query))).ToArray();
        Console.WriteLine("| callers | search | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request (app + PostgreSQL) | p50 vs naive |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var callers in Concurrency)
        {
            var baseline = await LoadRun.MeasureAsync(callers, secondsPerRun, naive, postgres.ServerCpuTime);
            var memory = await LoadRun.MeasureAsync(callers, secondsPerRun, inMemory, postgres.ServerCpuTime);
            var database = await LoadRun.MeasureAsync(callers, secondsPerRun, inPostgres, postgres.ServerCpuTime);
            Console.WriteLine(Row(callers, "naive ILIKE (page + total; no facets, typos or ranking)", baseline, 1));
            Console.WriteLine(Row(callers, "CatalogSearch, PostgreSQL", database, baseline.P50 / database.P50));
            Console.WriteLine(Row(callers, "CatalogSearch, in-memory index", memory, baseline.P50 / memory.P50));
        }
        return 0;
    }

    /// <summary>One request per search of the mix; a second page carries the cursor its first page gave this engine.</summary>
    private static async Task<Func<Task>[]> RequestsAsync(CatalogSearch search, IReadOnlyList<MixQuery> mix)
    {
        var requests = new Func<Task>[mix.Count];
        for (var i = 0; i < mix.Count; i++)
        {
            var query = mix[i].Query;
            if (mix[i].SecondPage)
                query = query with { Cursor = (await search.SearchAsync(query with { IncludeFacets = false })).NextCursor };
            requests[i] = () => search.SearchAsync(query);
        }
        return requests;
    }

    private static string Row(int callers, string name, LoadMeasurement m, double ratio) => string.Create(CultureInfo.InvariantCulture,
        $"| {callers} | {name} | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.RequestsPerSecond:0} | {m.AppCpu:0.00} + {m.ServerCpu:0.00} | {ratio:0.0}x |");
}
