using System.Globalization;

namespace FashionWallet.AppHost.Hosting;

/// <summary>
/// The children this AppHost started, on disk, so that after a kill -9 of the AppHost the next start can find
/// and stop any that outlived it. A PID counts only if its start time still matches (PIDs are reused).
/// </summary>
public sealed class ProcessRegistry(string dataDirectory)
{
    private readonly string _path = Path.Combine(dataDirectory, "apphost.processes");
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Pid, long StartTime, int StopSignal)> _entries = [];

    public void Add(string resource, ManagedProcess process, int stopSignal)
    {
        if (process.StartTime is not { } startTime)
            return;
        lock (_gate)
        {
            _entries[resource] = (process.Pid, startTime, stopSignal);
            Save();
        }
    }

    public void Remove(string resource)
    {
        lock (_gate)
        {
            if (_entries.Remove(resource))
                Save();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            File.Delete(_path);
        }
    }

    /// <summary>Stops processes left by an AppHost that died without stopping them.</summary>
    public async Task StopOrphansAsync(AppHostConsole console)
    {
        if (!File.Exists(_path))
            return;
        foreach (var line in await File.ReadAllLinesAsync(_path))
        {
            var fields = line.Split(' ');
            if (fields.Length != 4 || !int.TryParse(fields[1], out var pid) || !long.TryParse(fields[2], CultureInfo.InvariantCulture, out var startTime)
                || !int.TryParse(fields[3], out var signal))
                continue;
            if (Native.ProcessStartTime(pid) != startTime)
                continue;
            console.Warn(fields[0], $"stopping process {pid} left over from an AppHost that did not shut down");
            Native.Signal(pid, signal);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (Native.ProcessStartTime(pid) == startTime && DateTime.UtcNow < deadline)
                await Task.Delay(100);
            if (Native.ProcessStartTime(pid) == startTime)
                Native.Signal(pid, Native.SigKill);
        }
        File.Delete(_path);
    }

    private void Save() =>
        File.WriteAllLines(_path, _entries.Select(e => $"{e.Key} {e.Value.Pid} {e.Value.StartTime.ToString(CultureInfo.InvariantCulture)} {e.Value.StopSignal}"));
}
