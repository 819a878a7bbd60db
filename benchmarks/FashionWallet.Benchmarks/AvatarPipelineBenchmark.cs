using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Workers.Avatars;
using FashionWallet.Workers.Chromium;
using Microsoft.Extensions.Logging.Abstractions;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Upload to ready, as a person waits for it: the whole app started by the AppHost's own code, photo pairs of known
/// bodies (rendered beforehand, so their making is not timed) uploaded over HTTP, and the avatar polled until its run
/// is ready. The first run follows the start at once (a cold worker: Chromium and the models still loading); then
/// <c>runs</c> runs with a warm worker, each a new avatar of a new person. Stages come from the run's own timings.
/// </summary>
internal static class AvatarPipelineBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        var bodies = Enumerable.Range(0, runs + 1).Select(i => KnownBodies.Sample(new Random(900 + i))).ToArray();
        var photos = new List<(byte[] Front, byte[] Side)>();
        await using (var chromium = new ChromiumHost(new ChromiumOptions(), NullLogger<ChromiumHost>.Instance))
        {
            var photographer = new SyntheticPhotos(chromium);
            foreach (var body in bodies)
                photos.Add(await photographer.RenderPairAsync(body));
        }
        Console.WriteLine($"Rendered {photos.Count} photo pairs (1080 x 1920 JPEG); {Environment.ProcessorCount} cores");

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"fw-bench-avatars-{Guid.NewGuid():N}");
        var builder = DistributedApplicationBuilder.Create([], options =>
        {
            options.DataDirectory = dataDirectory;
            (options.DashboardPort, options.ApiPort, options.WebPort, options.WorkersPort) = (0, 0, 0, 0);
        }, TextWriter.Null);
        var model = FashionWalletApp.Define(builder);
        model.Postgres.Durable = false;
        model.Api.WithEnvironment("Accounts__RateLimits__RegistrationsPerIpPerHour", "1000").WithEnvironment("Accounts__RateLimits__SignInsPerIpPer15Minutes", "1000");
        model.Workers.WithEnvironment("Jobs__PollIntervalSeconds", "0.5");
        await using var app = builder.Build();
        try
        {
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = app.GetEndpoint("api"), Timeout = TimeSpan.FromSeconds(60) };
            var results = new List<(double Seconds, Dictionary<string, double> Timings)>();
            for (var i = 0; i < photos.Count; i++)
                results.Add(await UploadToReadyAsync(http, photos[i], bodies[i], i));

            Console.WriteLine();
            Console.WriteLine("| runs | worker | upload to ready p50 (s) | p95 (s) | max (s) | analysis p50 (ms) | building mesh p50 (ms) |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
            Console.WriteLine(Row(results.Take(1).ToArray(), "cold (first job after start)"));
            Console.WriteLine(Row(results.Skip(1).ToArray(), "warm"));
            var warm = results.Skip(1).ToArray();
            Console.WriteLine();
            Console.WriteLine("warm stages, p50 ms: " + string.Join(", ", warm.SelectMany(r => r.Timings.Keys).Distinct().Select(step =>
                string.Create(CultureInfo.InvariantCulture, $"{step} {Median(warm, step):0}"))));
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
        return 0;
    }

    private static async Task<(double, Dictionary<string, double>)> UploadToReadyAsync(HttpClient http, (byte[] Front, byte[] Side) photos, BodyMeasurements body, int run)
    {
        var token = await BenchmarkAccounts.SignUpAsync(http, $"bench{run}.{Guid.NewGuid():N}@example.com");
        using var form = new MultipartFormDataContent
        {
            { Jpeg(photos.Front), "front", "front.jpg" },
            { Jpeg(photos.Side), "side", "side.jpg" },
            { new StringContent(body.Height.ToString("0.0", CultureInfo.InvariantCulture)), "heightCm" },
        };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/avatars") { Content = form };
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var accepted = await http.SendAsync(upload);
        accepted.EnsureSuccessStatusCode();
        var statusUrl = (await accepted.Content.ReadFromJsonAsync<AvatarAccepted>())!.StatusUrl;
        while (true)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, statusUrl);
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(poll);
            var avatar = (await response.Content.ReadFromJsonAsync<AvatarResponse>())!;
            if (avatar.Progress is { FinishedAt: not null } progress)
            {
                if (progress.Stage != AvatarStage.Ready)
                    throw new InvalidOperationException($"Run {run} failed: {progress.FailureCode} {progress.FailureMessage}");
                return (clock.Elapsed.TotalSeconds, progress.TimingsMs.ToDictionary());
            }
            await Task.Delay(50);
        }
    }

    private static ByteArrayContent Jpeg(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }

    private static string Row((double Seconds, Dictionary<string, double> Timings)[] results, string worker)
    {
        var seconds = results.Select(r => r.Seconds).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {results.Length} | {worker} | {LoadRun.Percentile(seconds, 0.5):0.00} | {LoadRun.Percentile(seconds, 0.95):0.00} | {seconds[^1]:0.00} | {Median(results, "total") - Median(results, "buildMesh"):0} | {Median(results, "buildMesh"):0} |");
    }

    private static double Median((double Seconds, Dictionary<string, double> Timings)[] results, string step) =>
        results.Select(r => r.Timings.GetValueOrDefault(step)).Order().ElementAt(results.Length / 2);
}
