using System.ComponentModel.DataAnnotations;

namespace FashionWallet.AppHost.Hosting;

/// <summary>The <c>AppHost</c> configuration section (appsettings.json, environment <c>AppHost__X</c>, or <c>--AppHost:X=value</c>).</summary>
public sealed class AppHostOptions
{
    public const string Section = "AppHost";

    /// <summary>Where PostgreSQL's data, secrets and logs live; <c>.data</c> under the checkout when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The dashboard's port on 127.0.0.1; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int DashboardPort { get; set; } = 18888;

    [Range(0, 65535)]
    public int WebPort { get; set; } = 5100;

    [Range(0, 65535)]
    public int ApiPort { get; set; } = 5101;

    [Range(0, 65535)]
    public int WorkersPort { get; set; } = 5102;

    /// <summary>PostgreSQL's port on 127.0.0.1; 0 (the default) picks a free one at each start.</summary>
    [Range(0, 65535)]
    public int PostgresPort { get; set; }

    /// <summary>The directory with PostgreSQL's server programs; the newest /usr/lib/postgresql/*/bin when empty.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>Install missing Debian packages when running as root on Debian.</summary>
    public bool Provision { get; set; } = true;

    /// <summary>ASPNETCORE_ENVIRONMENT for the services.</summary>
    [RegularExpression("^[A-Za-z]+$")]
    public string Environment { get; set; } = "Development";

    /// <summary>How long a resource may take to become healthy.</summary>
    [Range(5, 900)]
    public int StartTimeoutSeconds { get; set; } = 120;

    /// <summary>How long a stopping resource gets before it is killed.</summary>
    [Range(1, 120)]
    public int StopTimeoutSeconds { get; set; } = 15;

    /// <summary>Where the services send telemetry (OTLP); none when empty.</summary>
    public string? OtlpEndpoint { get; set; }
}
