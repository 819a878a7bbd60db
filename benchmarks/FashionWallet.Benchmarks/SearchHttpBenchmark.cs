using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;
using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Catalog search over HTTP against the running API, as the issue asks: a generated catalog of
/// <c>items</c> items in PostgreSQL, the whole app started by the AppHost's own code on that database, and the
/// <see cref="SearchQueryMix"/> sent as GET /api/catalog/search (a page of 24 with total and facets) from 1, 16 and
/// 64 concurrent clients. In the same run, on the same data, the naive baseline: ILIKE '%word%' straight in SQL.
/// CPU per request is the client (this process) plus the servers (the API process and PostgreSQL).
/// </summary>
internal static class SearchHttpBenchmark
{
    private static readonly int[] Concurrency = [1, 16, 64];

    public static async Task<int> RunAsync(int items, double secondsPerRun)
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        var load = Stopwatch.StartNew();
        await CatalogBulkLoader.LoadAsync(dataSource, items);
        Console.WriteLine($"Generated and loaded {items:N0} items in {load.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores, PostgreSQL 15");
        var mix = await SearchQueryMix.CreateAsync(dataSource, 600);

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"fw-bench-search-{Guid.NewGuid():N}");
        var builder = DistributedApplicationBuilder.Create([$"--ConnectionStrings:fashionwallet={postgres.ConnectionString}"], options =>
        {
            options.DataDirectory = dataDirectory;
            (options.DashboardPort, options.ApiPort, options.WebPort, options.WorkersPort) = (0, 0, 0, 0);
        }, TextWriter.Null);
        var model = FashionWalletApp.Define(builder);
        var started = Stopwatch.StartNew();
        await using var app = builder.Build();
        await app.StartAsync();
        Console.WriteLine($"App healthy (search index loaded) {started.Elapsed.TotalSeconds:0.0} s after start");
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = app.GetEndpoint("api") };
            var requests = await RequestsAsync(http, mix);
            var naive = mix.Select(q => (Func<Task>)(() => NaiveSearch.RunAsync(dataSource, q.Query))).ToArray();
            var apiPid = model.Api.Pid ?? throw new InvalidOperationException("The API is not running.");
            TimeSpan Servers() => ProcessCpu.TreeTime(apiPid) + postgres.ServerCpuTime();

            Console.WriteLine($"Query mix: {mix.Count} distinct searches; {secondsPerRun:0} s per row");
            Console.WriteLine();
            Console.WriteLine("| clients | search | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request (client + API and PostgreSQL) | p50 vs naive |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
            foreach (var clients in Concurrency)
            {
                var baseline = await LoadRun.MeasureAsync(clients, secondsPerRun, naive, postgres.ServerCpuTime);
                var measured = await LoadRun.MeasureAsync(clients, secondsPerRun, requests, Servers);
                Console.WriteLine(Row(clients, "naive ILIKE in SQL (page + total; no facets, typos or ranking)", baseline, 1));
                Console.WriteLine(Row(clients, "GET /api/catalog/search", measured, baseline.P50 / measured.P50));
            }
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
        return 0;
    }

    /// <summary>One GET per search of the mix; a second page carries the cursor its first page answered.</summary>
    private static async Task<Func<Task>[]> RequestsAsync(HttpClient http, IReadOnlyList<MixQuery> mix)
    {
        var requests = new Func<Task>[mix.Count];
        for (var i = 0; i < mix.Count; i++)
        {
            var query = mix[i].Query;
            if (mix[i].SecondPage)
            {
                var first = await http.GetFromJsonAsync<CatalogSearchResult>(Url(query with { IncludeFacets = false }));
                query = query with { Cursor = first!.NextCursor };
            }
            var url = Url(query);
            requests[i] = async () =>
            {
                using var response = await http.GetAsync(url);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
                await response.Content.CopyToAsync(Stream.Null);
            };
        }
        return requests;
    }

    public static string Url(CatalogQuery query)
    {
        var url = new StringBuilder("/api/catalog/search?pageSize=").Append(query.PageSize);
        void Add(string name, string? value)
        {
            if (value is not null)
                url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", query.Text);
        foreach (var (name, values) in new[] { ("kind", query.Kinds), ("category", query.Categories), ("colour", query.ColourFamilies), ("material", query.Materials), ("price", query.PriceBands), ("stretch", query.Stretch) })
        {
            foreach (var value in values)
                Add(name, value);
        }
        Add("minPrice", query.MinPrice?.ToString(CultureInfo.InvariantCulture));
        Add("maxPrice", query.MaxPrice?.ToString(CultureInfo.InvariantCulture));
        Add("sort", query.Sort switch
        {
            CatalogSort.PriceAscending => "price",
            CatalogSort.PriceDescending => "-price",
            CatalogSort.Newest => "newest",
            CatalogSort.Trending => "trending",
            _ => null,
        });
        Add("cursor", query.Cursor);
        Add("facets", query.IncludeFacets ? null : "false");
        return url.ToString();
    }

    private static string Row(int clients, string name, LoadMeasurement m, double ratio) => string.Create(CultureInfo.InvariantCulture,
        $"| {clients} | {name} | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.RequestsPerSecond:0} | {m.AppCpu:0.00} + {m.ServerCpu:0.00} | {ratio:0.0}x |");
}
