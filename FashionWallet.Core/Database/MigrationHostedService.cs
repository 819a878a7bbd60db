using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FashionWallet.Database;

/// <summary>Brings the schema up to date before the host starts serving; a failure stops start-up.</summary>
internal sealed class MigrationHostedService(MigrationRunner runner, ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runner.ApplyAsync(Migration.Embedded, cancellationToken);
        }
        catch (MigrationException ex)
        {
            logger.LogCritical("{Message}", ex.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
