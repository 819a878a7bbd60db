using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FashionWallet.ServiceDefaults.Hosting;

/// <summary>
/// A service started by the AppHost stops itself when the AppHost is gone (even after a kill -9 of it),
/// so no orphaned process outlives the app. Inactive when the service was started some other way.
/// </summary>
public sealed class AppHostWatchdog(IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<AppHostWatchdog> logger) : BackgroundService
{
    public const string ParentPidVariable = "FASHIONWALLET_APPHOST_PID";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration[ParentPidVariable], out var pid) || !OperatingSystem.IsLinux())
            return;

        // Comparing start times as well as the PID tells a recycled PID from the AppHost itself.
        var startTime = LinuxProcess.StartTime(pid);
        if (startTime is null)
        {
            logger.LogWarning("AppHost process {Pid} is already gone; stopping", pid);
            lifetime.StopApplication();
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (LinuxProcess.StartTime(pid) == startTime)
                continue;
            logger.LogWarning("AppHost process {Pid} exited; stopping this service", pid);
            lifetime.StopApplication();
            return;
        }
    }
}
