using FashionWallet.Database;
using FashionWallet.Workers.Accounts;
using FashionWallet.Workers.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>An in-process worker host: the Workers project's own job worker, with the handlers a test registers.</summary>
public static class WorkerHost
{
    /// <summary>A started worker running the Accounts jobs (emails, password resets) against a database.</summary>
    public static async Task<AsyncHost> StartAccountsAsync(string connectionString, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Accounts:LinkBaseUrl"] = "http://web.test/" };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        var host = Create(connectionString, $"accounts-{Guid.NewGuid():N}", _ => { }, all, builder => builder.AddAccountsJobs());
        await host.StartAsync();
        return new AsyncHost(host);
    }

    public static IHost Create(string connectionString, string workerId, Action<IServiceCollection> handlers, Dictionary<string, string?>? settings = null,
        Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:fashionwallet"] = connectionString,
            ["Jobs:WorkerId"] = workerId,
            ["Jobs:PollIntervalSeconds"] = "0.5",
            ["Jobs:RetryBaseDelayMs"] = "20",
        };
        foreach (var (key, value) in settings ?? [])
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFashionWalletDatabase(applyMigrations: false);
        builder.AddJobs();
        handlers(builder.Services);
        configure?.Invoke(builder);
        return builder.Build();
    }
}

/// <summary>Stops and disposes a host at the end of a using block.</summary>
public sealed class AsyncHost(IHost host) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
