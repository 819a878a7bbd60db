using System.ComponentModel.DataAnnotations;
using FashionWallet.AppHost.Postgres;
using FashionWallet.ServiceDefaults.Configuration;

namespace FashionWallet.AppHost.Hosting;

/// <summary>Collects the resources of the app, after Aspire's IDistributedApplicationBuilder.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    internal DistributedApplicationBuilder(WebApplicationBuilder host, AppHostOptions options, TextWriter output, bool quiet)
    {
        Host = host;
        Options = options;
        Console = new AppHostConsole(output, quiet);
    }

    /// <summary>The dashboard's web host; its configuration is the AppHost's.</summary>
    internal WebApplicationBuilder Host { get; }

    public IConfiguration Configuration => Host.Configuration;

    public AppHostOptions Options { get; }

    public AppHostConsole Console { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>Where the app's data, secrets and logs live.</summary>
    public string DataDirectory => Path.GetFullPath(Options.DataDirectory ?? Path.Combine(Projects.Repository.Root, ".data"));

    /// <summary>
    /// Reads the <c>AppHost</c> configuration section (refusing unknown keys and invalid values) and prepares the dashboard host.
    /// <paramref name="configure"/> adjusts the options after configuration, as tests do.
    /// </summary>
    public static DistributedApplicationBuilder Create(string[] args, Action<AppHostOptions>? configure = null, TextWriter? output = null, bool quiet = false)
    {
        // The AppHost's own directory, wherever it runs from (dotnet run, or in-process in the tests), so it reads its appsettings.json.
        var contentRoot = Path.Combine(Projects.Repository.Root, "FashionWallet.AppHost");
        var host = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        var section = host.Configuration.GetSection(AppHostOptions.Section);
        var options = new AppHostOptions();
        try
        {
            StrictOptions.ThrowOnUnknownKeys(section, typeof(AppHostOptions));
            section.Bind(options);
        }
        catch (Exception ex) when (ex is Microsoft.Extensions.Options.OptionsValidationException or InvalidOperationException)
        {
            throw new AppHostException($"Configuration: {ex.Message}", ex);
        }
        configure?.Invoke(options);

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
            throw new AppHostException("Configuration: " + string.Join(" ", errors.Select(e => $"{AppHostOptions.Section}:{string.Join(",", e.MemberNames)}: {e.ErrorMessage}")));

        return new DistributedApplicationBuilder(host, options, output ?? System.Console.Out, quiet);
    }

    public PostgresServerResource AddPostgres(string name) => Add(new PostgresServerResource(name));

    /// <summary>A database on <paramref name="server"/>; an existing server is used instead when <c>ConnectionStrings:{name}</c> is configured.</summary>
    public PostgresDatabaseResource AddDatabase(PostgresServerResource server, string name)
    {
        if (Configuration.GetConnectionString(name) is { Length: > 0 } external)
            server.ExternalConnectionString = external;
        return Add(server.AddDatabase(name));
    }

    public ProjectResource AddProject(string name, ProjectMetadata project) => Add(new ProjectResource(name, project));

    public DistributedApplication Build() => new(this);

    private T Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name))
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        _resources.Add(resource);
        return resource;
    }
}
