using System.Net.Http.Json;
using FashionWallet.ServiceDefaults.Health;
using FashionWallet.ServiceDefaults.Hosting;

namespace FashionWallet.AppHost.Hosting;

/// <summary>A .NET service of this solution, run from its built assembly with Aspire's environment conventions.</summary>
public sealed class ProjectResource(string name, ProjectMetadata project) : Resource(name)
{
    private readonly Dictionary<string, Func<string?>> _environment = [];
    private readonly List<string> _packages = [];
    private int _port;

    public override string Type => "project";

    public ProjectMetadata Project { get; } = project;

    /// <summary>The port asked for (0: any free one) and the option that sets it, for error messages.</summary>
    public (int Port, string OptionName) RequestedPort { get; private set; }

    public Uri HttpUrl => _port == 0
        ? throw new InvalidOperationException($"{Name} has no endpoint until it starts.")
        : new Uri($"http://127.0.0.1:{_port}");

    public override IReadOnlyList<ResourceEndpoint> Endpoints => _port == 0 ? [] : [new ResourceEndpoint("http", HttpUrl)];

    public ProjectResource WithHttpEndpoint(int port, string optionName)
    {
        RequestedPort = (port, optionName);
        return this;
    }

    public override IReadOnlyList<string> RequiredPackages => _packages;

    /// <summary>Debian packages the service loads at run time (native libraries, Chromium), installed before anything starts.</summary>
    public ProjectResource WithRequiredPackages(params string[] packages)
    {
        _packages.AddRange(packages);
        return this;
    }

    public ProjectResource WithEnvironment(string name, string? value) => WithEnvironment(name, () => value);

    /// <summary>A value computed when the resource starts (an endpoint or secret known only then).</summary>
    public ProjectResource WithEnvironment(string name, Func<string?> value)
    {
        _environment[name] = value;
        return this;
    }

    /// <summary>The connection string, as <c>ConnectionStrings__{name}</c>.</summary>
    public ProjectResource WithReference(IResourceWithConnectionString resource)
    {
        _environment[$"ConnectionStrings__{resource.ConnectionName}"] = () => resource.ConnectionString;
        return this;
    }

    /// <summary>Service discovery: <c>http://{name}</c> resolves through <c>services__{name}__http__0</c>.</summary>
    public ProjectResource WithReference(ProjectResource service)
    {
        _environment[$"services__{service.Name}__http__0"] = () => service.HttpUrl.ToString().TrimEnd('/');
        return this;
    }

    /// <summary>Claims the port before anything starts, so a busy one stops start-up early with a clear message.</summary>
    internal void ReservePort()
    {
        if (_port == 0)
            _port = PortAllocator.Reserve(RequestedPort.Port, Name, RequestedPort.OptionName);
    }

    internal override Task StartAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        if (!File.Exists(Project.TargetPath))
            throw new AppHostException($"{Path.GetFileName(Project.TargetPath)} is not built. Build the solution (dotnet build) and start again.");
        ReservePort();

        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = HttpUrl.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = context.Options.Environment,
            ["DOTNET_ENVIRONMENT"] = context.Options.Environment,
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = context.Options.OtlpEndpoint,
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss ",
            [AppHostWatchdog.ParentPidVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in _environment)
            environment[key] = value();

        Launch(context, new ProcessSpec(DotNetHost.Path, [Project.TargetPath], Project.ProjectDirectory) { Environment = environment });
        return Task.CompletedTask;
    }

    internal override async Task<(HealthStatus, string?)> CheckHealthAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await context.Http.GetAsync(new Uri(HttpUrl, HealthEndpoints.HealthPath), timeout.Token);
            var report = await response.Content.ReadFromJsonAsync<HealthResponse>(timeout.Token);
            var status = Enum.TryParse<HealthStatus>(report?.Status, out var parsed) ? parsed : HealthStatus.Unhealthy;
            var failing = report?.Checks.Where(c => c.Value.Status != "Healthy").Select(c => $"{c.Key}: {c.Value.Description}");
            return (status, failing?.Any() == true ? string.Join("; ", failing) : null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (HealthStatus.Unhealthy, ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } ? "not accepting connections" : ex.Message);
        }
    }
}
