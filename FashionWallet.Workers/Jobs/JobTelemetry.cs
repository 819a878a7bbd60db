using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FashionWallet.Workers.Jobs;

internal static class JobTelemetry
{
    public const string Name = "FashionWallet.Jobs";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Completed = Meter.CreateCounter<long>("fashionwallet.jobs.completed", description: "Jobs completed");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("fashionwallet.jobs.failed", description: "Job attempts that failed (retried or dead-lettered)");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("fashionwallet.jobs.duration", "s", "Time a handler ran");
}
