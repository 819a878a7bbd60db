using System.Diagnostics;
using System.Net.Http.Json;
using FashionWallet.AppHost.Hosting;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Seconds from the README's run command (`dotnet run --project FashionWallet.AppHost`, the solution already built)
/// to every resource healthy on the dashboard. The first run has a new data directory (initdb: cold); later runs
/// reuse it (warm). The AppHost's own figure (orchestration only, without `dotnet run`'s build check) is shown too.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"fw-bench-startup-{Guid.NewGuid():N}");
        Console.WriteLine($"Run command to all healthy, {Environment.ProcessorCount} cores, data directory {dataDirectory}");
        Console.WriteLine();
        Console.WriteLine("| run | data directory | run command to all healthy (s) | AppHost orchestration (s) |");
        Console.WriteLine("|---|---|---:|---:|");
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var (total, orchestration) = await MeasureAsync(dataDirectory);
                Console.WriteLine($"| {run} | {(run == 1 ? "new (cold: initdb)" : "existing (warm)")} | {total:0.0} | {orchestration} |");
            }
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        return 0;
    }

    private static async Task<(double Seconds, string Orchestration)> MeasureAsync(string dataDirectory)
    {
        var dashboardPort = PortAllocator.FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "run", "--project", Path.Combine(Projects.Repository.Root, "FashionWallet.AppHost"), "--",
                     $"--AppHost:DataDirectory={dataDirectory}", $"--AppHost:DashboardPort={dashboardPort}",
                     "--AppHost:ApiPort=0", "--AppHost:WebPort=0", "--AppHost:WorkersPort=0",
                 })
            info.ArgumentList.Add(argument);

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var orchestration = "";
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Split("healthy in ") is [_, var figure])
                orchestration = figure.Replace(" s", "", StringComparison.Ordinal);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The AppHost exited with code {process.ExitCode} before every resource was healthy.");
            try
            {
                var resources = await http.GetFromJsonAsync<Resource[]>($"http://127.0.0.1:{dashboardPort}/api/resources");
                if (resources is { Length: > 0 } && resources.All(r => r.State == "healthy"))
                    break;
            }
            catch (HttpRequestException)
            {
                // The dashboard is not up yet.
            }
            await Task.Delay(50);
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;

        Native.Signal(process.Id, Native.SigTerm);
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            process.Kill(entireProcessTree: true);
        while (string.IsNullOrEmpty(orchestration) && !process.HasExited)
            await Task.Delay(10);
        return (seconds, orchestration);
    }

    private sealed record Resource(string Name, string State);
}
