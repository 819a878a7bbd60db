using System.Diagnostics;
using FashionWallet.AppHost.Hosting;

namespace FashionWallet.AppHost.Provisioning;

/// <summary>
/// Installs the Debian packages the resources need, the way Aspire pulls container images: only what is missing,
/// only as root on Debian; anywhere else it says exactly what to install and stops. Serialised across processes,
/// since the AppHost and the tests may both ask at once and dpkg allows one installer at a time.
/// </summary>
public static class AptProvisioner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _updated;

    public static async Task EnsureInstalledAsync(IReadOnlyCollection<string> packages, Action<string> progress, bool allowInstall, CancellationToken cancellationToken)
    {
        var missing = await MissingAsync(packages, cancellationToken);
        if (missing.Count == 0)
            return;

        var command = $"apt-get install -y {string.Join(' ', missing)}";
        if (!File.Exists("/etc/debian_version") || !File.Exists("/usr/bin/apt-get"))
            throw new AppHostException($"Missing packages: {string.Join(", ", missing)}. This is not a Debian system: install their equivalents with your package manager and start again.");
        if (!allowInstall)
            throw new AppHostException($"Missing packages: {string.Join(", ", missing)}. Install them (sudo {command}) and start again, or let the AppHost do it with --AppHost:Provision=true.");
        if (!Native.IsRoot)
            throw new AppHostException($"Missing packages: {string.Join(", ", missing)}. Install them with: sudo {command}");

        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var processLock = await AcquireMachineLockAsync(cancellationToken);
            missing = await MissingAsync(packages, cancellationToken);
            if (missing.Count == 0)
                return;
            if (!_updated)
            {
                progress("apt-get update");
                await RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update"], cancellationToken);
                _updated = true;
            }
            progress($"installing {string.Join(' ', missing)} (first run only; this takes a minute or two)");
            await RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends", .. missing], cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<IReadOnlyList<string>> MissingAsync(IEnumerable<string> packages, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var package in packages.Distinct())
        {
            if (!File.Exists("/usr/bin/dpkg-query"))
            {
                missing.Add(package);
                continue;
            }
            var (exitCode, output) = await RunCapturedAsync("dpkg-query", ["-W", "-f=${db:Status-Status}", package], cancellationToken);
            if (exitCode != 0 || output.Trim() != "installed")
                missing.Add(package);
        }
        return missing;
    }

    // A file lock shared with every other process that provisions on this machine (the AppHost and test runs).
    private static async Task<FileStream> AcquireMachineLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "fashionwallet-provisioning.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunCapturedAsync(fileName, arguments, cancellationToken, new() { ["DEBIAN_FRONTEND"] = "noninteractive" });
        if (exitCode != 0)
            throw new AppHostException($"{fileName} {string.Join(' ', arguments)} failed (exit code {exitCode}):\n{string.Join('\n', output.Split('\n').TakeLast(15))}");
    }

    private static async Task<(int ExitCode, string Output)> RunCapturedAsync(
        string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? [])
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
