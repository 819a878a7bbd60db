using System.Runtime.InteropServices;
using FashionWallet.ServiceDefaults.Hosting;

namespace FashionWallet.AppHost.Hosting;

/// <summary>The few POSIX calls .NET does not expose: sending a chosen signal, and who we run as.</summary>
public static partial class Native
{
    public const int SigInt = 2;
    public const int SigQuit = 3;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    /// <summary>Sends a signal; false when there is no such process.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    /// <summary>Start time of a process (null when it is gone); tells a process from a later one that reused its PID.</summary>
    public static long? ProcessStartTime(int pid) => LinuxProcess.StartTime(pid);

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
