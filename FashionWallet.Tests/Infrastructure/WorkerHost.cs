using FashionWallet.Database;
using FashionWallet.Workers.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>An in-process worker host: the Workers project's own job worker, with the handlers a test registers.</summary>
public static class WorkerHost
{
    public static IHost Create(string connectionString, string workerId, Action<IServiceCollection> handlers, Dictionary<string, string?>? settings = null)
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
        return builder.Build();
    }
}
