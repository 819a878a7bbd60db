using System.ComponentModel.DataAnnotations;

namespace FashionWallet.Workers.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>How long a claimed job stays with its worker without a renewal; after that another worker takes it.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often a worker looks for due jobs and expired leases when no notification wakes it.</summary>
    [Range(0.05, 300)]
    public double PollIntervalSeconds { get; set; } = 5;

    /// <summary>Jobs of one type run at once in one worker, unless the handler's registration says otherwise.</summary>
    [Range(1, 256)]
    public int DefaultConcurrency { get; set; } = 4;

    /// <summary>The first retry waits this long; each later one twice as long (with jitter).</summary>
    [Range(0, 3_600_000)]
    public int RetryBaseDelayMs { get; set; } = 2000;

    [Range(1, 86_400)]
    public int RetryMaxDelaySeconds { get; set; } = 300;

    /// <summary>On shutdown, running jobs get this long to finish before they are handed back to the queue.</summary>
    [Range(0, 600)]
    public int ShutdownGraceSeconds { get; set; } = 10;

    /// <summary>Finished jobs are deleted after this many days.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Names this worker in the queue; host:pid:random when empty.</summary>
    [MaxLength(200)]
    public string? WorkerId { get; set; }

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
}
