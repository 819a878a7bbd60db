using FashionWallet.ServiceDefaults.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FashionWallet.Workers.Chromium;

public static class ChromiumExtensions
{
    /// <summary>
    /// The worker's warm Chromium (section <c>Chromium</c>), one per process, closed with the host, and its health
    /// check. Safe to call from every capability that renders or infers.
    /// </summary>
    public static IHostApplicationBuilder AddChromium(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(ChromiumHost)))
            return builder;
        builder.Services.AddStrictOptions<ChromiumOptions>(ChromiumOptions.Section);
        builder.Services.TryAddSingleton<ChromiumHost>();
        builder.Services.AddHealthChecks().AddCheck<ChromiumHealthCheck>("chromium", tags: ["ready"]);
        return builder;
    }
}

/// <summary>
/// Chromium starts on first use, so "not started" is healthy; a failed start is degraded rather than unhealthy:
/// the worker still runs every job that needs no browser.
/// </summary>
internal sealed class ChromiumHealthCheck(ChromiumHost chromium) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(chromium switch
        {
            { LaunchFailure: { } failure } => HealthCheckResult.Degraded(failure),
            { IsRunning: true } => HealthCheckResult.Healthy($"Chromium {chromium.BrowserVersion}, {chromium.OpenPages} warm pages, {chromium.Launches} launches"),
            _ when !File.Exists(chromium.Settings.ExecutablePath) => HealthCheckResult.Degraded($"{chromium.Settings.ExecutablePath} is not installed"),
            _ => HealthCheckResult.Healthy("Chromium starts on first use"),
        });
}
