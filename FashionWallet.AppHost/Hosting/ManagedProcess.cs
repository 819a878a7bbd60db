using System.Diagnostics;

namespace FashionWallet.AppHost.Hosting;

/// <summary>What to run as a child process.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public Dictionary<string, string?> Environment { get; init; } = [];

    /// <summary>Run as this user (through setpriv) when the AppHost is root; PostgreSQL refuses to run as root.</summary>
    public string? RunAsUser { get; init; }
}

/// <summary>
/// A child process in its own session (setsid), so a Ctrl+C at the terminal reaches only the AppHost,
/// which then stops children in reverse dependency order. Its output goes to the resource's logs.
/// </summary>
public sealed class ManagedProcess
{
    // Inherited from a `dotnet run` of the AppHost, these would point a child at the AppHost's own URLs or profile.
    private static readonly string[] NotInherited =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "DOTNET_LAUNCH_PROFILE",
        "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES", "DOTNET_STARTUP_HOOKS",
    ];

    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ManagedProcess(Process process, long? startTime)
    {
        _process = process;
        Pid = process.Id;
        StartTime = startTime;
    }

    public int Pid { get; }

    /// <summary>The kernel's start time of the process, which tells it apart from a later process with the same PID.</summary>
    public long? StartTime { get; }

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public static ManagedProcess Start(ProcessSpec spec, ResourceLogs logs)
    {
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (spec.RunAsUser is { } user && Native.IsRoot)
        {
            foreach (var argument in new[] { "setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", "--" })
                info.ArgumentList.Add(argument);
        }
        info.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
            info.ArgumentList.Add(argument);

        foreach (var name in NotInherited)
            info.Environment.Remove(name);
        foreach (var (key, value) in spec.Environment)
            info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                logs.Add(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                logs.Add(e.Data, isError: true);
        };

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new AppHostException($"Could not start {spec.FileName}: {ex.Message}", ex);
        }

        var managed = new ManagedProcess(process, Native.ProcessStartTime(process.Id));
        process.Exited += (_, _) =>
        {
            // WaitForExit drains the output before the exit is reported, so the last lines are never lost.
            process.WaitForExit();
            managed._exited.TrySetResult(process.ExitCode);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        if (process.HasExited)
            managed._exited.TrySetResult(process.ExitCode);
        return managed;
    }

    /// <summary>Sends <paramref name="signal"/> (SIGTERM lets ASP.NET Core shut down gracefully, SIGINT is PostgreSQL's fast
    /// shutdown), waits up to <paramref name="grace"/>, then kills the process and everything it started.</summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (HasExited)
            return;
        Native.Signal(Pid, signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) == Exited)
            return;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
    }
}
