namespace FashionWallet.AppHost.Hosting;

/// <summary>
/// One AppHost per data directory. The lock is the operating system's (flock through FileShare.None), so a
/// killed AppHost never leaves a stale lock; the file itself is removed on a clean stop.
/// </summary>
public sealed class AppHostLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private AppHostLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    public static AppHostLock Acquire(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "apphost.lock");
        var pidPath = Path.Combine(dataDirectory, "apphost.pid");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(pidPath, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new AppHostLock(stream, path);
        }
        catch (IOException)
        {
            var pid = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new AppHostException(
                $"Another AppHost is already running with the data directory {dataDirectory} (pid {pid}). " +
                "Stop it first (Ctrl+C in its terminal), or give this one another directory with --AppHost:DataDirectory=<path>.");
        }
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(Path.Combine(Path.GetDirectoryName(_path)!, "apphost.pid"));
        _stream.Dispose();
    }
}
