using FashionWallet.Designs;
using FashionWallet.Workers.Jobs;
using Npgsql;

namespace FashionWallet.Workers.Designs;

/// <summary>Deletes designs that have been in the trash longer than they can be restored, in batches (history and versions go with them).</summary>
internal sealed class PurgeTrashedDesignsHandler(NpgsqlDataSource dataSource) : IJobHandler
{
    public const string JobType = "designs.purge-trash";

    private const int BatchSize = 1000;

    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var cutoff = DateTimeOffset.UtcNow - Design.TrashRetention;
        var deleted = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(
                "delete from designs where id in (select id from designs where deleted_at < @cutoff limit @batch)");
            command.Parameters.AddWithValue("cutoff", cutoff);
            command.Parameters.AddWithValue("batch", BatchSize);
            var batch = await command.ExecuteNonQueryAsync(cancellationToken);
            deleted += batch;
            await context.ReportProgressAsync(batch < BatchSize ? 90 : 50, $"Deleted {deleted} designs from the trash", cancellationToken);
            if (batch < BatchSize)
                break;
        }
        context.Result = new { deleted, cutoff };
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
