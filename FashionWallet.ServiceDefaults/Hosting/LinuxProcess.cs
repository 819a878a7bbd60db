namespace FashionWallet.ServiceDefaults.Hosting;

public static class LinuxProcess
{
    /// <summary>Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), or null when it is gone.
    /// A PID with another start time is a different process that reused the number.</summary>
    public static long? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
