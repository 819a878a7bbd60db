using FashionWallet.Designs;
using FashionWallet.Storage;
using FashionWallet.Workers.Jobs;
using Npgsql;

namespace FashionWallet.Workers.Designs;

/// <summary>
/// Deletes designs that have been in the trash longer than they can be restored, in batches: their files first, then
/// their rows (history and versions go with them), so a crash in between leaves rows the next run finds again.
/// </summary>
internal sealed class PurgeTrashedDesignsHandler(NpgsqlDataSource dataSource, IBlobStore blobs) : IJobHandler
{
    public const string JobType = "designs.purge-trash";

    private const int BatchSize = 1000;

    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var cutoff = DateTimeOffset.UtcNow - Design.TrashRetention;
        var deleted = 0;
        while (true)
        {
            var batch = await ExpiredAsync(cutoff, cancellationToken);
            foreach (var (ownerId, id) in batch)
                await blobs.DeletePrefixAsync(DesignBlobs.Files(ownerId, id), cancellationToken);
            await using (var delete = dataSource.CreateCommand("delete from designs where id = any(@ids)"))
            {
                delete.Parameters.AddWithValue("ids", batch.Select(d => d.Id).ToArray());
                deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            await context.ReportProgressAsync(batch.Count < BatchSize ? 90 : 50, $"Deleted {deleted} designs from the trash", cancellationToken);
            if (batch.Count < BatchSize)
                break;
        }
        context.Result = new { deleted, cutoff };
    }

    private async Task<List<(Guid OwnerId, Guid Id)>> ExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select owner_id, id from designs where deleted_at < @cutoff limit @batch");
        command.Parameters.AddWithValue("cutoff", cutoff);
        command.Parameters.AddWithValue("batch", BatchSize);
        var expired = new List<(Guid, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            expired.Add((reader.GetGuid(0), reader.GetGuid(1)));
        return expired;
    }
}

public static class DesignJobsExtensions
{
    public static IHostApplicationBuilder AddDesignJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddJobHandler<PurgeTrashedDesignsHandler>(PurgeTrashedDesignsHandler.JobType, maxConcurrency: 1);
        builder.Services.AddRecurringJob(PurgeTrashedDesignsHandler.JobType, Schedules.DailyAt(4));
        return builder;
    }
}
