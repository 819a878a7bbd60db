namespace FashionWallet.Jobs;

/// <summary>What to run in the background. The payload is serialised as JSON (web defaults).</summary>
public sealed record JobRequest(string Type, object? Payload = null)
{
    /// <summary>1 (lowest) to 10 (highest); higher runs first among jobs that are due.</summary>
    public int Priority { get; init; } = 5;

    /// <summary>After this many attempts the job is dead-lettered (status failed).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Not before this time; now when null.</summary>
    public DateTimeOffset? RunAt { get; init; }

    /// <summary>While a job with this key is queued or processing, enqueueing again returns that job.</summary>
    public string? DedupeKey { get; init; }

    /// <summary>The person the job works for, so they (and admins) can read its progress.</summary>
    public Guid? OwnerId { get; init; }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Type) || Type.Length > 100)
            throw new ArgumentException("A job type is 1 to 100 characters.", nameof(Type));
        if (Priority is < 1 or > 10)
            throw new ArgumentOutOfRangeException(nameof(Priority), Priority, "Priority is 1 to 10.");
        if (MaxAttempts is < 1 or > 100)
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts is 1 to 100.");
    }
}
