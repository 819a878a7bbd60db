using System.ComponentModel.DataAnnotations;

namespace FashionWallet.Workers.Chromium;

/// <summary>The <c>Chromium</c> configuration section: the worker's own headless browser.</summary>
public sealed class ChromiumOptions
{
    public const string Section = "Chromium";

    /// <summary>Debian's Chromium; Playwright drives it, no browser build of its own is downloaded.</summary>
    [Required]
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Where the pages and packages it serves live (default: <c>chromium/</c> beside the worker's assemblies).</summary>
    public string? AssetsDirectory { get; set; }

    /// <summary>Pages kept open per page path; each holds its own warm state (loaded models), so this caps memory and parallelism.</summary>
    [Range(1, 16)]
    public int PagesPerPath { get; set; } = 2;

    [Range(1, 600)]
    public int LaunchTimeoutSeconds { get; set; } = 60;

    public string ResolvedAssetsDirectory => AssetsDirectory ?? Path.Combine(AppContext.BaseDirectory, "chromium");
}
