namespace FashionWallet.AppHost.Hosting;

public enum ResourceLifecycle
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Stopping,
    Stopped,
    Exited,
    FailedToStart,
}

public enum HealthStatus
{
    Unknown,
    Healthy,
    Degraded,
    Unhealthy,
}

public sealed record ResourceEndpoint(string Name, Uri Url);

/// <summary>What a resource needs while it runs: options, where to write, and how to report.</summary>
public sealed record AppHostContext(AppHostOptions Options, string DataDirectory, AppHostConsole Console, ProcessRegistry Registry, HttpClient Http);

/// <summary>
/// Something the AppHost runs and watches (after Aspire's resource model): a process or a piece of one,
/// with a lifecycle, a health status, endpoints, console output and the resources it waits for.
/// </summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    public abstract string Type { get; }

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public List<Resource> Dependencies { get; } = [];

    public ResourceLifecycle Lifecycle { get; internal set; }

    public HealthStatus Health { get; internal set; }

    public string? HealthDetail { get; internal set; }

    /// <summary>Why the resource failed to start or exited, for a person.</summary>
    public string? Error { get; internal set; }

    public int? ExitCode { get; internal set; }

    public DateTimeOffset? StartedAt { get; internal set; }

    public ManagedProcess? Process { get; protected set; }

    public int? Pid => Process is { HasExited: false } process ? process.Pid : null;

    public ResourceLogs Logs { get; internal set; } = new(null);

    public virtual IReadOnlyList<ResourceEndpoint> Endpoints => [];

    /// <summary>Debian packages this resource needs on the machine.</summary>
    public virtual IReadOnlyList<string> RequiredPackages => [];

    /// <summary>The signal that asks this resource's process to shut down gracefully.</summary>
    public virtual int StopSignal => Native.SigTerm;

    /// <summary>One word for people and the dashboard: waiting, starting, running, healthy, unhealthy, exited (code)...</summary>
    public string State => Lifecycle switch
    {
        ResourceLifecycle.Running => Health switch
        {
            HealthStatus.Healthy => "healthy",
            HealthStatus.Degraded => "degraded",
            HealthStatus.Unhealthy => "unhealthy",
            _ => "running",
        },
        ResourceLifecycle.Exited => $"exited ({ExitCode})",
        ResourceLifecycle.FailedToStart => "failed to start",
        ResourceLifecycle.NotStarted => "not started",
        _ => Lifecycle.ToString().ToLowerInvariant(),
    };

    public T WaitFor<T>(T dependency) where T : Resource
    {
        if (!Dependencies.Contains(dependency))
            Dependencies.Add(dependency);
        return dependency;
    }

    /// <summary>Starts the resource; returns once its process (if any) runs. Health is watched separately.</summary>
    internal abstract Task StartAsync(AppHostContext context, CancellationToken cancellationToken);

    internal abstract Task<(HealthStatus Status, string? Detail)> CheckHealthAsync(AppHostContext context, CancellationToken cancellationToken);

    internal virtual async Task StopAsync(AppHostContext context)
    {
        if (Process is { } process)
            await process.StopAsync(StopSignal, TimeSpan.FromSeconds(context.Options.StopTimeoutSeconds));
    }

    protected void Launch(AppHostContext context, ProcessSpec spec)
    {
        Process = ManagedProcess.Start(spec, Logs);
        context.Registry.Add(Name, Process, StopSignal);
    }
}
