using Microsoft.Extensions.Options;
using Npgsql;

namespace FashionWallet.Workers.Jobs;

/// <summary>Deletes finished jobs past their retention, in batches; heartbeats of workers gone for a day; and idempotency keys after a day.</summary>
internal sealed class PurgeFinishedJobsHandler(NpgsqlDataSource dataSource, IOptions<JobOptions> options) : IJobHandler
{
    public const string JobType = "jobs.purge";

    private const int BatchSize = 5000;

    /// <summary>How long a request's Idempotency-Key is remembered: long enough for any client's retries.</summary>
    public const int IdempotencyKeyHours = 24;

    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var cutoff = DateTimeOffset.UtcNow.AddDays(-options.Value.RetentionDays);
        var deleted = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand("""
                delete from jobs where id in (
                    select id from jobs where status in ('completed', 'failed', 'cancelled') and finished_at < @cutoff limit @batch)
                """);
            command.Parameters.AddWithValue("cutoff", cutoff);
            command.Parameters.AddWithValue("batch", BatchSize);
            var batch = await command.ExecuteNonQueryAsync(cancellationToken);
            deleted += batch;
            await context.ReportProgressAsync(batch < BatchSize ? 90 : 50, $"Deleted {deleted} finished jobs", cancellationToken);
            if (batch < BatchSize)
                break;
        }

        await using (var heartbeats = dataSource.CreateCommand("delete from worker_heartbeats where last_seen < now() - interval '1 day'"))
            await heartbeats.ExecuteNonQueryAsync(cancellationToken);
        await using (var keys = dataSource.CreateCommand($"delete from idempotency_keys where created_at < now() - interval '{IdempotencyKeyHours} hours'"))
            await keys.ExecuteNonQueryAsync(cancellationToken);
        context.Result = new { deleted, cutoff };
    }
}
