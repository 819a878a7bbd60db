using System.Threading.Channels;

namespace FashionWallet.AppHost.Hosting;

public sealed record LogLine(long Sequence, DateTimeOffset Time, bool IsError, string Text);

/// <summary>A resource's console output: the last lines in memory, for the dashboard, live subscribers, and a file on disk.</summary>
public sealed class ResourceLogs : IDisposable
{
    private readonly int _capacity;
    private readonly Queue<LogLine> _lines = new();
    private readonly List<Channel<LogLine>> _subscribers = [];
    private readonly Lock _gate = new();
    private readonly StreamWriter? _file;
    private long _sequence;

    public ResourceLogs(string? filePath, int capacity = 2000)
    {
        _capacity = capacity;
        if (filePath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
            _file = new StreamWriter(new FileStream(filePath, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        }
    }

    public void Add(string text, bool isError = false)
    {
        lock (_gate)
        {
            var line = new LogLine(++_sequence, DateTimeOffset.UtcNow, isError, text);
            _lines.Enqueue(line);
            if (_lines.Count > _capacity)
                _lines.Dequeue();
            _file?.WriteLine($"{line.Time:O} {(isError ? "ERR" : "OUT")} {text}");
            foreach (var subscriber in _subscribers)
                subscriber.Writer.TryWrite(line);
        }
    }

    public IReadOnlyList<LogLine> Snapshot(int last = int.MaxValue)
    {
        lock (_gate)
            return _lines.Skip(Math.Max(0, _lines.Count - last)).ToArray();
    }

    /// <summary>The kept lines, then every new line as it arrives.</summary>
    public async IAsyncEnumerable<LogLine> FollowAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<LogLine>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
        LogLine[] backlog;
        lock (_gate)
        {
            backlog = _lines.ToArray();
            _subscribers.Add(channel);
        }
        try
        {
            foreach (var line in backlog)
                yield return line;
            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
                yield return line;
        }
        finally
        {
            lock (_gate)
                _subscribers.Remove(channel);
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _file?.Dispose();
    }
}
