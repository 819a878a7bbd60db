using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FashionWallet.AppHost.Hosting;

/// <summary>Loopback ports: a free one when asked for 0, and a clear message naming the holder when a fixed one is taken.</summary>
public static class PortAllocator
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Returns <paramref name="port"/> when it is free, a free port when it is 0; throws with the holder's name otherwise.</summary>
    public static int Reserve(int port, string owner, string optionName)
    {
        if (port == 0)
            return FreePort();
        if (IsFree(port))
            return port;
        var holder = Holder(port) is { } pid ? $" by process {pid} ({Truncate(Native.CommandLine(pid), 120)})" : "";
        throw new AppHostException(
            $"Port {port} for {owner} is already in use{holder}. Stop that process, or choose another port " +
            $"with --{AppHostOptions.Section}:{optionName}=<port> (0 picks a free one).");
    }

    /// <summary>The PID listening on a TCP port, found through /proc (null when it cannot be told).</summary>
    public static int? Holder(int port)
    {
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
                continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 10 || fields[3] != "0A")
                    continue;
                var local = fields[1];
                if (int.Parse(local[(local.IndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                    inodes.Add($"socket:[{fields[9]}]");
            }
        }
        if (inodes.Count == 0)
            return null;

        foreach (var processDirectory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(processDirectory), out var pid))
                continue;
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(processDirectory, "fd")))
                {
                    if (new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target))
                        return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A process that ended or that we may not inspect.
            }
        }
        return null;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
