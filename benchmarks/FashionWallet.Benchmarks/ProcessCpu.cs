namespace FashionWallet.Benchmarks;

/// <summary>CPU time of processes, from /proc: on a shared machine latencies show everyone's load, CPU time only one's own.</summary>
internal static class ProcessCpu
{
    /// <summary>CPU time a process and its descendants have used so far, living and exited (reaped children included).</summary>
    public static TimeSpan TreeTime(int rootPid)
    {
        const double ticksPerSecond = 100; // USER_HZ, the unit of /proc/*/stat times on Linux
        var processes = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Stat(pid) : null)
            .OfType<(int Pid, int Parent, long Ticks)>()
            .ToArray();
        var tree = new HashSet<int> { rootPid };
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var process in processes)
                grown |= tree.Contains(process.Parent) && tree.Add(process.Pid);
        }
        return TimeSpan.FromSeconds(processes.Where(p => tree.Contains(p.Pid)).Sum(p => p.Ticks) / ticksPerSecond);
    }

    /// <summary>A process's parent and its CPU ticks, its reaped children's included; null when it has gone.</summary>
    private static (int Pid, int Parent, long Ticks)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start with the state: 3 state, 4 ppid, 14-17 times.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = fields[11..15].Sum(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture));
            return (pid, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), ticks);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
