using FashionWallet.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FashionWallet.Database;

public static class DatabaseExtensions
{
    /// <summary>The connection string name, as the AppHost passes it (<c>ConnectionStrings__fashionwallet</c>).</summary>
    public const string ConnectionName = "fashionwallet";

    /// <summary>
    /// PostgreSQL for a service: one pooled data source shared by EF Core and raw SQL, EF Core with retries on
    /// transient failures, a readiness check, the job queue, and optionally the migrations at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddFashionWalletDatabase(this IHostApplicationBuilder builder, bool applyMigrations)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not set. Start the app with `dotnet run --project FashionWallet.AppHost`, " +
                $"or set ConnectionStrings__{ConnectionName} to a PostgreSQL connection string.");

        var applicationName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        builder.Services.AddSingleton(sp =>
        {
            var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
            dataSourceBuilder.ConnectionStringBuilder.ApplicationName ??= applicationName;
            dataSourceBuilder.UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>());
            return dataSourceBuilder.Build();
        });

        builder.Services.AddDbContextPool<FashionWalletDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.EnableRetryOnFailure(
                maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<JobQueue>();
        if (applyMigrations)
            builder.Services.AddHostedService<MigrationHostedService>();
        return builder;
    }
}
