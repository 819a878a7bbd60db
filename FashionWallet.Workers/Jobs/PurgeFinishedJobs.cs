using Microsoft.Extensions.Options;
using Npgsql;

namespace FashionWallet.Workers.Jobs;

/// <summary>Deletes finished jobs past their retention, and heartbeats of workers gone for a day, in batches.</summary>
internal sealed class PurgeFinishedJobsHandler(NpgsqlDataSource dataSource, IOptions<JobOptions> options) : IJobHandler
{
    public const string JobType = "jobs.purge";

    private const int BatchSize = 5000;

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
        context.Result = new { deleted, cutoff };
    }
}
