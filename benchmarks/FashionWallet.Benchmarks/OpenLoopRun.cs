using System.Diagnostics;

namespace FashionWallet.Benchmarks;

/// <summary>Latency of an open-loop run: what each studio waited, counted from when its operation was due.</summary>
internal sealed record OpenLoopMeasurement(double P50, double P95, double P99, double OfferedPerSecond, double AchievedPerSecond, double AppCpu, double ServerCpu);

/// <summary>
/// Open loop: each studio sends its next operation when a person would (every <c>interval</c> on average, jittered
/// ±50%), not as soon as the last answer came. A studio still needs the previous answer's version, so an answer that is
/// late delays the next send; latency is therefore counted from when the operation was due, not from when it was
/// sent, so a slow server cannot hide its queue by slowing the senders down (no coordinated omission).
/// </summary>
internal static class OpenLoopRun
{
    public static async Task<OpenLoopMeasurement> MeasureAsync(DesignOpsClient[] studios, TimeSpan interval, double seconds, Func<TimeSpan> serverCpu)
    {
        foreach (var studio in studios.Take(10))
            await studio.NextAsync();
        using var process = Process.GetCurrentProcess();
        var (appCpu, serverBefore) = (process.TotalProcessorTime, serverCpu());
        var latencies = new List<double>[studios.Length];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(studios.Select((studio, i) => Task.Run(async () =>
        {
            var own = latencies[i] = [];
            var random = new Random(i);
            var due = interval * random.NextDouble();
            while (due.TotalSeconds < seconds)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                await studio.NextAsync();
                own.Add((clock.Elapsed - due).TotalMilliseconds);
                due += interval * (0.5 + random.NextDouble());
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        process.Refresh();
        return new OpenLoopMeasurement(LoadRun.Percentile(all, 0.50), LoadRun.Percentile(all, 0.95), LoadRun.Percentile(all, 0.99),
            studios.Length / interval.TotalSeconds, all.Length / elapsed,
            (process.TotalProcessorTime - appCpu).TotalMilliseconds / all.Length, (serverCpu() - serverBefore).TotalMilliseconds / all.Length);
    }
}
