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
/// 20 people sign up, each of 200 concurrent clients edits its own design (10 layers to start with) by POSTing one
/// operation at a time on top of the version its last answer gave (add, rename, recolour, remove: the document stays
/// the same size). Every request is a full step: read, apply, check, write the document and its history, commit.
/// </summary>
internal static class DesignOpsBenchmark
{
    private const string Password = "Cutting-Table#42";
    private const int People = 20;
    private static readonly int[] Concurrency = [1, 50, 200];

    public static async Task<int> RunAsync(double secondsPerRun)
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
        await using var app = builder.Build();
        await app.StartAsync();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = app.GetEndpoint("api"), Timeout = TimeSpan.FromSeconds(60) };
            var tokens = new List<string>();
            for (var i = 0; i < People; i++)
                tokens.Add(await SignUpAsync(http, $"designer{i}.{Guid.NewGuid():N}@example.com"));
            var clients = new List<DesignClient>();
            for (var i = 0; i < Concurrency.Max(); i++)
                clients.Add(await DesignClient.CreateAsync(http, tokens[i % People]));
            var apiPid = model.Api.Pid ?? throw new InvalidOperationException("The API is not running.");
            TimeSpan Servers() => ProcessCpu.TreeTime(apiPid) + postgres.ServerCpuTime();

            Console.WriteLine($"{People} people, {clients.Count} designs of 10 layers; {Environment.ProcessorCount} cores, PostgreSQL 15; {secondsPerRun:0} s per row");
            Console.WriteLine();
            Console.WriteLine("| clients | POST /api/designs/{id}/operations | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request (client + API and PostgreSQL) |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
            foreach (var count in Concurrency)
            {
                var m = await MeasureAsync(clients.Take(count).ToArray(), secondsPerRun, Servers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {count} | one operation per request, each client on its own design | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.RequestsPerSecond:0} | {m.AppCpu:0.00} + {m.ServerCpu:0.00} |"));
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
    private static async Task<LoadMeasurement> MeasureAsync(DesignClient[] clients, double seconds, Func<TimeSpan> serverCpu)
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

    private sealed class DesignClient(HttpClient http, string token, Guid design)
    {
        private int _version = 1;
        private int _step;

        public static async Task<DesignClient> CreateAsync(HttpClient http, string token)
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, "/api/designs") { Content = JsonContent.Create(new { name = "Benchmark design" }) };
            create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var created = await http.SendAsync(create);
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design").GetProperty("id").GetGuid();
            var client = new DesignClient(http, token, id);
            await client.SendAsync(Enumerable.Range(0, 10).Select(i => (object)new { type = "addLayer", layer = new { id = $"base{i}", name = $"Layer {i}", kind = "fabric" } }).ToArray());
            return client;
        }

        public Task NextAsync() => SendAsync((_step++ % 4) switch
        {
            0 => new { type = "addLayer", layer = new { id = "moving", name = "Pocket", kind = "element" } },
            1 => new { type = "updateLayer", layerId = "moving", name = $"Pocket {_step}", visible = _step % 2 == 0 },
            2 => (object)new { type = "setGarment", property = "colour", panel = "front", value = $"#{_step * 2654435761 % 0xFFFFFF:x6}" },
            _ => new { type = "removeLayer", layerId = "moving" },
        });

        private async Task SendAsync(params object[] operations)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/designs/{design}/operations") { Content = JsonContent.Create(new { baseVersion = _version, operations }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"An operation answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            _version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        }
    }

    private static async Task<string> SignUpAsync(HttpClient http, string email)
    {
        (await http.PostAsJsonAsync("/api/accounts/register", new { email, password = Password, displayName = "Bench", acceptTerms = true })).EnsureSuccessStatusCode();
        var messages = await http.GetFromJsonAsync<JsonElement[]>($"/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        var text = messages!.First(m => m.GetProperty("purpose").GetString() == "verify_email").GetProperty("text").GetString()!;
        var verification = System.Text.RegularExpressions.Regex.Match(text, @"token=([A-Za-z0-9_-]{43})").Groups[1].Value;
        (await http.PostAsJsonAsync("/api/accounts/verify-email", new { token = verification })).EnsureSuccessStatusCode();
        var signIn = await http.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = Password });
        signIn.EnsureSuccessStatusCode();
        return (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
