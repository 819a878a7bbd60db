using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>
/// The whole distributed app (PostgreSQL, api, workers, web, dashboard), started in-process through the AppHost's
/// own code as Aspire.Hosting.Testing does, on free ports and a throwaway data directory.
/// </summary>
public class DistributedAppFixture : IAsyncLifetime
{
    private readonly StringWriter _output = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fw-app-{Guid.NewGuid():N}");

    public DistributedApplication App { get; private set; } = null!;

    public FashionWalletApp Model { get; private set; } = null!;

    /// <summary>What the AppHost printed: progress, warnings, errors.</summary>
    public string Output => _output.ToString();

    public virtual async ValueTask InitializeAsync()
    {
        (App, Model) = Create(DataDirectory, _output);
        try
        {
            await App.StartAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The app did not start:\n{Output}", ex);
        }
    }

    /// <summary>An app on free ports with a throwaway, non-durable cluster; workers take over a lost job within seconds.</summary>
    public static (DistributedApplication App, FashionWalletApp Model) Create(
        string dataDirectory, TextWriter output, Action<AppHostOptions>? configure = null, params string[] args)
    {
        var builder = DistributedApplicationBuilder.Create(args, options =>
        {
            options.DataDirectory = dataDirectory;
            options.DashboardPort = 0;
            options.ApiPort = 0;
            options.WebPort = 0;
            options.WorkersPort = 0;
            configure?.Invoke(options);
        }, output);
        var model = FashionWalletApp.Define(builder);
        model.Postgres.Durable = false;
        model.Workers.WithEnvironment("Jobs__LeaseSeconds", "3").WithEnvironment("Jobs__PollIntervalSeconds", "0.5");
        return (builder.Build(), model);
    }

    public HttpClient CreateHttpClient(string resource) => new() { BaseAddress = App.GetEndpoint(resource), Timeout = TimeSpan.FromSeconds(30) };

    public virtual async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<DistributedAppFixture>
{
    public const string Name = "distributed app";
}
