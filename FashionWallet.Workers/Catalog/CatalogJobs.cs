using FashionWallet.Catalog;
using FashionWallet.Workers.Jobs;

namespace FashionWallet.Workers.Catalog;

/// <summary>Recomputes the time-decayed trending scores, off the request path.</summary>
internal sealed class RefreshTrendingHandler(CatalogTrending trending) : IJobHandler
{
    public const string JobType = "catalog.refresh-trending";

    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken) =>
        context.Result = new { changed = await trending.RefreshTrendingAsync(cancellationToken) };
}

public static class CatalogJobsExtensions
{
    public static IHostApplicationBuilder AddCatalogJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogTrending>();
        builder.Services.AddJobHandler<RefreshTrendingHandler>(RefreshTrendingHandler.JobType, maxConcurrency: 1);
        builder.Services.AddRecurringJob(RefreshTrendingHandler.JobType, Schedules.Every(TimeSpan.FromMinutes(10)));
        return builder;
    }
}
