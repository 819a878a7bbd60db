using FashionWallet.Catalog;
using FashionWallet.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FashionWallet.Api.Catalog;

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Load the seed catalog (169 items of every kind) at start-up when the catalog is empty.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>Read by <see cref="CatalogSearchExtensions.AddCatalogSearch"/>; declared here so the keys are known.</summary>
    public CatalogSearchOptions Search { get; set; } = new();
}

public sealed class CatalogSearchOptions
{
    /// <summary>Search this node's in-memory index (false: every search goes to PostgreSQL).</summary>
    public bool InMemory { get; set; } = true;

    /// <summary>How often the index looks for catalog changes.</summary>
    public int SyncIntervalMs { get; set; } = 250;
}

public static class CatalogExtensions
{
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStrictOptions<CatalogOptions>(CatalogOptions.Section);
        builder.Services.AddSingleton<CatalogStore>();
        builder.Services.AddSingleton<CatalogTrending>();
        builder.AddCatalogSearch();
        builder.Services.AddSingleton<CatalogETagFilter>();
        builder.Services.AddHostedService<CatalogSeeder>();
        return builder;
    }
}

/// <summary>A new installation starts with the seed catalog, so there is something to design with.</summary>
internal sealed class CatalogSeeder(CatalogStore store, NpgsqlDataSource dataSource, IOptions<CatalogOptions> options, ILogger<CatalogSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedWhenEmpty)
            return;
        await using var command = dataSource.CreateCommand("select exists (select 1 from catalog_items)");
        if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            return;
        var report = await CatalogSeed.SeedAsync(store, cancellationToken: cancellationToken);
        logger.LogInformation("Seeded the catalog with {Count} items", report.Created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
