using System.Diagnostics;
using System.Runtime.InteropServices;
using FashionWallet.AppHost.Dashboard;
using FashionWallet.AppHost.Provisioning;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FashionWallet.AppHost.Hosting;

/// <summary>
/// Runs the resources: provisions what the machine lacks, starts each resource once the ones it waits for are
/// healthy, watches health, serves the dashboard, and stops everything in reverse order. A start that fails
/// stops what it had started, so nothing half-started is left running.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(2);

    private readonly DistributedApplicationBuilder _builder;
    private readonly WebApplication _dashboard;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Dictionary<string, SemaphoreSlim> _resourceGates;
    private readonly CancellationTokenSource _stopping = new();
    private AppHostContext? _context;
    private AppHostLock? _lock;
    private Task? _healthMonitor;
    private bool _stopped;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        Resources = Ordered(builder.Resources);
        _resourceGates = Resources.ToDictionary(r => r.Name, _ => new SemaphoreSlim(1, 1));
        var port = builder.Options.DashboardPort;
        builder.Host.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Host.Logging.SetMinimumLevel(LogLevel.Warning);
        _dashboard = builder.Host.Build();
        _dashboard.MapDashboard(this);
    }

    /// <summary>The resources in start order (each after the ones it waits for).</summary>
    public IReadOnlyList<Resource> Resources { get; }

    public AppHostOptions Options => _builder.Options;

    public Uri? DashboardUrl { get; private set; }

    public string DataDirectory => _builder.DataDirectory;

    public Resource this[string name] => Resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"There is no resource named '{name}'.");

    /// <summary>A started resource's endpoint, as Aspire.Hosting.Testing's GetEndpoint.</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = "http") =>
        this[resourceName].Endpoints.FirstOrDefault(e => e.Name == endpointName)?.Url
        ?? throw new InvalidOperationException($"{resourceName} has no '{endpointName}' endpoint (is it started?).");

    public string GetConnectionString(string resourceName) =>
        (this[resourceName] as IResourceWithConnectionString)?.ConnectionString
        ?? throw new InvalidOperationException($"{resourceName} has no connection string.");

    /// <summary>Starts everything and returns when every resource is healthy; on failure, stops what started and throws.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var console = _builder.Console;
        var started = Stopwatch.StartNew();
        Directory.CreateDirectory(DataDirectory);
        _lock = AppHostLock.Acquire(DataDirectory);
        var registry = new ProcessRegistry(DataDirectory);
        _context = new AppHostContext(Options, DataDirectory, console, registry, _http);
        try
        {
            await registry.StopOrphansAsync(console);
            var packages = Resources.SelectMany(r => r.RequiredPackages).Distinct().ToArray();
            await AptProvisioner.EnsureInstalledAsync(packages, message => console.Info("provisioning", message), Options.Provision, cancellationToken);

            if (Options.DashboardPort != 0)
                PortAllocator.Reserve(Options.DashboardPort, "the dashboard", nameof(AppHostOptions.DashboardPort));
            foreach (var project in Resources.OfType<ProjectResource>())
                project.ReservePort();
            foreach (var resource in Resources)
                resource.Logs = new ResourceLogs(Path.Combine(DataDirectory, "logs", $"{resource.Name}.log"));

            await _dashboard.StartAsync(cancellationToken);
            DashboardUrl = new Uri(_dashboard.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            console.Info("dashboard", $"{DashboardUrl}");

            await StartResourcesAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            console.Error("apphost", ex is AppHostException or OperationCanceledException ? "start-up stopped: " + ex.Message : ex.ToString());
            await StopAsync();
            throw;
        }

        _healthMonitor = MonitorHealthAsync(_stopping.Token);
        console.Success("apphost", $"all {Resources.Count} resources healthy in {started.Elapsed.TotalSeconds:0.0} s");
        foreach (var project in Resources.OfType<ProjectResource>())
            console.Info(project.Name, project.HttpUrl.ToString());
        console.Info("dashboard", $"{DashboardUrl} (resources, health, console output)");
    }

    /// <summary>Starts, waits for Ctrl+C or SIGTERM, stops; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var startCancellation = new CancellationTokenSource();
        var firstSignal = DateTime.MinValue;
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            // One Ctrl+C can arrive twice (from the terminal and forwarded by `dotnet run`): only a later one forces.
            if (stopRequested.Task.IsCompleted)
            {
                if (DateTime.UtcNow - firstSignal > TimeSpan.FromSeconds(2))
                    KillEverythingAndExit();
                return;
            }
            firstSignal = DateTime.UtcNow;
            _builder.Console.Info("apphost", "stopping (press Ctrl+C again to kill everything at once)");
            stopRequested.TrySetResult();
            startCancellation.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);

        try
        {
            await StartAsync(startCancellation.Token);
        }
        catch (Exception ex) when (ex is AppHostException or OperationCanceledException)
        {
            return 1;
        }
        _builder.Console.Info("apphost", "press Ctrl+C to stop");
        await stopRequested.Task;
        await StopAsync();
        return 0;
    }

    private void KillEverythingAndExit()
    {
        _builder.Console.Warn("apphost", "second stop request: killing every resource now");
        foreach (var resource in Resources)
        {
            if (resource.Pid is { } pid)
                Native.Signal(pid, Native.SigKill);
        }
        _context?.Registry.Clear();
        _lock?.Dispose();
        Environment.Exit(130);
    }

    /// <summary>Stops every resource in reverse start order and releases the data directory.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _stopping.CancelAsync();
        if (_healthMonitor is not null)
            await _healthMonitor;
        if (_context is not null)
        {
            foreach (var resource in Resources.Reverse())
            {
                if (resource.Process is not { HasExited: false })
                    continue;
                _builder.Console.Info(resource.Name, $"stopping (pid {resource.Process.Pid})");
                resource.Lifecycle = ResourceLifecycle.Stopping;
                await resource.StopAsync(_context);
                resource.Lifecycle = ResourceLifecycle.Stopped;
            }
            _context.Registry.Clear();
        }
        await _dashboard.StopAsync();
        foreach (var resource in Resources)
            resource.Logs.Dispose();
        _lock?.Dispose();
        _lock = null;
        _builder.Console.Info("apphost", "stopped");
    }

    /// <summary>Stops a resource and starts it again with the same endpoints (the dashboard's restart button).</summary>
    public async Task RestartAsync(string name, CancellationToken cancellationToken = default)
    {
        var resource = this[name];
        var context = _context ?? throw new InvalidOperationException("The app has not started.");
        var gate = _resourceGates[name];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (resource.Process is { HasExited: false } process)
            {
                _builder.Console.Info(name, $"restarting (stopping pid {process.Pid})");
                resource.Lifecycle = ResourceLifecycle.Stopping;
                await resource.StopAsync(context);
            }
            await StartOneAsync(resource, context, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _dashboard.DisposeAsync();
        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task StartResourcesAsync(CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ready = new Dictionary<Resource, Task>();
        foreach (var resource in Resources)
            ready[resource] = StartWhenReadyAsync(resource, resource.Dependencies.Select(d => ready[d]).ToArray(), failed);
        try
        {
            await Task.WhenAll(ready.Values);
        }
        catch
        {
            await failed.CancelAsync();
            var errors = ready.Values.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).ToArray();
            var first = errors.FirstOrDefault(e => e is AppHostException) ?? errors.FirstOrDefault(e => e is not OperationCanceledException) ?? errors.FirstOrDefault();
            throw first ?? new OperationCanceledException("Start-up was cancelled.");
        }
    }

    private async Task StartWhenReadyAsync(Resource resource, Task[] dependencies, CancellationTokenSource failed)
    {
        try
        {
            if (dependencies.Length > 0)
            {
                resource.Lifecycle = ResourceLifecycle.Waiting;
                _builder.Console.Info(resource.Name, $"waiting for {string.Join(", ", resource.Dependencies.Select(d => d.Name))}");
                await Task.WhenAll(dependencies);
            }
            await StartOneAsync(resource, _context!, failed.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !failed.IsCancellationRequested)
        {
            await failed.CancelAsync();
            throw;
        }
    }

    private async Task StartOneAsync(Resource resource, AppHostContext context, CancellationToken cancellationToken)
    {
        var console = _builder.Console;
        var stopwatch = Stopwatch.StartNew();
        resource.Lifecycle = ResourceLifecycle.Starting;
        resource.Health = HealthStatus.Unknown;
        resource.Error = null;
        resource.ExitCode = null;
        try
        {
            await resource.StartAsync(context, cancellationToken);
        }
        catch (AppHostException ex)
        {
            Fail(resource, ex.Message);
            throw;
        }

        resource.StartedAt = DateTimeOffset.UtcNow;
        if (resource.Process is { } process)
        {
            console.Info(resource.Name, $"started (pid {process.Pid}); waiting until it is healthy");
            _ = WatchExitAsync(resource, process);
        }
        resource.Lifecycle = ResourceLifecycle.Running;

        var deadline = TimeSpan.FromSeconds(Options.StartTimeoutSeconds);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (resource.Process is { HasExited: true } exited)
            {
                var lastLines = string.Join(Environment.NewLine, resource.Logs.Snapshot(20).Select(l => "    " + l.Text));
                var message = $"{resource.Name} exited with code {await exited.Exited} before it became healthy. Its last output:{Environment.NewLine}{lastLines}";
                Fail(resource, message);
                throw new AppHostException(message);
            }
            (resource.Health, resource.HealthDetail) = await resource.CheckHealthAsync(context, cancellationToken);
            if (resource.Health == HealthStatus.Healthy)
                break;
            if (stopwatch.Elapsed > deadline)
            {
                var message = $"{resource.Name} did not become healthy within {Options.StartTimeoutSeconds} s (last report: {resource.Health}, {resource.HealthDetail}). See its output in {DataDirectory}/logs/{resource.Name}.log.";
                Fail(resource, message);
                throw new AppHostException(message);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        console.Success(resource.Name, $"healthy after {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static void Fail(Resource resource, string message)
    {
        resource.Error = message;
        if (resource.Lifecycle != ResourceLifecycle.Exited)
            resource.Lifecycle = ResourceLifecycle.FailedToStart;
    }

    private async Task WatchExitAsync(Resource resource, ManagedProcess process)
    {
        var code = await process.Exited;
        if (resource.Process != process)
            return;
        resource.ExitCode = code;
        resource.Health = HealthStatus.Unknown;
        _context?.Registry.Remove(resource.Name);
        if (resource.Lifecycle is ResourceLifecycle.Stopping or ResourceLifecycle.Stopped)
            return;
        resource.Lifecycle = ResourceLifecycle.Exited;
        resource.Error ??= $"exited with code {code}";
        _builder.Console.Error(resource.Name, $"exited with code {code}; restart it from the dashboard ({DashboardUrl})");
    }

    private async Task MonitorHealthAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(HealthInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var resource in Resources.Where(r => r.Lifecycle == ResourceLifecycle.Running))
                {
                    var gate = _resourceGates[resource.Name];
                    if (!await gate.WaitAsync(0, cancellationToken))
                        continue;
                    try
                    {
                        var before = resource.Health;
                        (resource.Health, resource.HealthDetail) = await resource.CheckHealthAsync(_context!, cancellationToken);
                        if (before == HealthStatus.Healthy && resource.Health != HealthStatus.Healthy)
                            _builder.Console.Warn(resource.Name, $"{resource.Health.ToString().ToLowerInvariant()}: {resource.HealthDetail}");
                        else if (before != HealthStatus.Healthy && resource.Health == HealthStatus.Healthy)
                            _builder.Console.Success(resource.Name, "healthy again");
                    }
                    finally
                    {
                        gate.Release();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Orders resources so each comes after the ones it waits for; refuses cycles.</summary>
    private static IReadOnlyList<Resource> Ordered(IReadOnlyList<Resource> resources)
    {
        var ordered = new List<Resource>();
        var visiting = new HashSet<Resource>();
        void Visit(Resource resource)
        {
            if (ordered.Contains(resource))
                return;
            if (!visiting.Add(resource))
                throw new AppHostException($"Resources wait for each other in a cycle through {resource.Name}.");
            foreach (var dependency in resource.Dependencies)
                Visit(dependency);
            ordered.Add(resource);
        }
        foreach (var resource in resources)
            Visit(resource);
        return ordered;
    }
}
