using System.Text.Json;

namespace FashionWallet.Jobs;

/// <summary>A job as the API shows it (GET /api/jobs/{id}).</summary>
public sealed record JobResponse(
    Guid Id,
    string Type,
    string Status,
    int Attempts,
    int MaxAttempts,
    JobProgress Progress,
    string? Error,
    JsonElement? Result,
    bool CancelRequested,
    DateTimeOffset CreatedAt,
    DateTimeOffset RunAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static JobResponse From(JobRecord job) => new(
        job.Id, job.Type, job.Status, job.Attempts, job.MaxAttempts,
        new JobProgress(job.ProgressPercent, job.ProgressMessage), job.LastError,
        job.Result is null ? null : JsonDocument.Parse(job.Result).RootElement.Clone(),
        job.CancelRequested, job.CreatedAt, job.RunAt, job.StartedAt, job.FinishedAt);
}

public sealed record JobProgress(int Percent, string? Message);
