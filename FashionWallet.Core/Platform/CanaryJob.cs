using System.ComponentModel.DataAnnotations;

namespace FashionWallet.Platform;

/// <summary>
/// An end-to-end probe of the background pipeline: it walks through its steps, reporting progress at
/// each, so an operator (or a test) sees the API, the queue and a worker working together.
/// </summary>
public sealed record CanaryJob
{
    public const string Type = "platform.canary";

    [Range(1, 100)]
    public int Steps { get; init; } = 10;

    [Range(0, 10_000)]
    public int StepDelayMs { get; init; } = 200;
}

public sealed record CanaryResult(string Worker, int Steps, long DurationMs);
