using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FashionWallet.Catalog;

public static class CatalogSearchExtensions
{
    /// <summary>
    /// Catalog search for an API node: <see cref="CatalogSearch"/> backed by this node's in-memory
    /// <see cref="CatalogSearchIndex"/>, which a hosted service loads at start and keeps following the database
    /// (every <c>Catalog:Search:SyncIntervalMs</c>, 250 by default). <c>Catalog:Search:InMemory=false</c> leaves every
    /// search to PostgreSQL. Needs the database (<c>AddFashionWalletDatabase</c>).
    /// </summary>
    public static IHostApplicationBuilder AddCatalogSearch(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Catalog:Search");
        if (!section.GetValue("InMemory", true))
        {
            builder.Services.AddSingleton(sp => new CatalogSearch(sp.GetRequiredService<NpgsqlDataSource>()));
            return builder;
        }
        var interval = TimeSpan.FromMilliseconds(section.GetValue("SyncIntervalMs", 250));
        builder.Services.AddSingleton(sp => new CatalogSearchIndex(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ILogger<CatalogSearchIndex>>()));
        builder.Services.AddSingleton(sp => new CatalogSearch(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<CatalogSearchIndex>()));
        // Ready (and so healthy) once the index answers; until then searches still work, from PostgreSQL.
        builder.Services.AddHealthChecks().AddCheck<CatalogSearchHealthCheck>("catalog-search", tags: ["ready"]);
        builder.Services.AddHostedService(sp => new CatalogSearchIndexService(sp.GetRequiredService<CatalogSearchIndex>(), interval, sp.GetRequiredService<ILogger<CatalogSearchIndexService>>()));
        return builder;
    }
}

internal sealed class CatalogSearchHealthCheck(CatalogSearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy("The in-memory search index answers")
            : HealthCheckResult.Degraded("Loading the catalog search index; searches are answered by PostgreSQL meanwhile"));
}
