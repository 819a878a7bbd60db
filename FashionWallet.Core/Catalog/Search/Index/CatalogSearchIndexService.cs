using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FashionWallet.Catalog;

/// <summary>Loads the search index once the host has started (searches go to PostgreSQL meanwhile), then follows changes.</summary>
public sealed class CatalogSearchIndexService(CatalogSearchIndex index, TimeSpan interval, ILogger<CatalogSearchIndexService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!index.IsReady)
        {
            try
            {
                await index.LoadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Catalog search index could not load (the database may still be starting or migrating); searches use PostgreSQL meanwhile");
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
        await index.FollowAsync(interval, stoppingToken);
    }
}
