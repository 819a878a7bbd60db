using System.Diagnostics;

namespace FashionWallet.Benchmarks;

/// <summary>Latency percentiles, throughput and CPU cost of a set of requests under a number of concurrent callers.</summary>
internal sealed record LoadMeasurement(double P50, double P95, double P99, double RequestsPerSecond, double AppCpu, double ServerCpu);

internal static class LoadRun
{
    /// <summary>
    /// Runs the requests round-robin from <paramref name="callers"/> concurrent loops for a fixed time, after a short
    /// warm-up, with the CPU time per request of this process and of the servers <paramref name="serverCpu"/> measures.
    /// </summary>
    public static async Task<LoadMeasurement> MeasureAsync(int callers, double seconds, Func<Task>[] requests, Func<TimeSpan> serverCpu)
    {
        for (var i = 0; i < Math.Min(requests.Length, 20); i++)
            await requests[i]();
        using var process = Process.GetCurrentProcess();
        var appCpu = process.TotalProcessorTime;
        var serverBefore = serverCpu();
        var latencies = new List<double>[callers];
        var next = -1;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var own = latencies[caller] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var index = (Interlocked.Increment(ref next) & int.MaxValue) % requests.Length;
                var started = Stopwatch.GetTimestamp();
                await requests[index]();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        process.Refresh();
        return new LoadMeasurement(Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length / deadline.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - appCpu).TotalMilliseconds / all.Length, (serverCpu() - serverBefore).TotalMilliseconds / all.Length);
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
