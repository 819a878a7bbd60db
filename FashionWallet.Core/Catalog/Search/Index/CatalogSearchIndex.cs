using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>
/// The catalog search index of one API node, held in memory. PostgreSQL stays the source of truth: the index loads
/// every item once (<see cref="LoadAsync"/>; until then <see cref="CatalogSearch"/> asks PostgreSQL), then follows
/// writes (<see cref="SyncAsync"/>, which <see cref="FollowAsync"/> runs a few times a second): when the catalog
/// generation moves, the rows changed since the last read are applied as a new immutable snapshot, so searches never
/// wait for an update. A large delta is merged into a new base in the background while changes keep flowing.
/// </summary>
public sealed class CatalogSearchIndex(NpgsqlDataSource dataSource, ILogger<CatalogSearchIndex>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CatalogSearchIndex>.Instance;
    private readonly SemaphoreSlim _syncing = new(1, 1);
    private volatile IndexSnapshot? _current;
    private Task<IndexSnapshot>? _merging;
    private HashSet<Guid> _changedWhileMerging = [];
    private Dictionary<Guid, double> _scoresWhileMerging = [];

    /// <summary>The delta is merged into the base once it holds this many items, or a tenth of the base if that is more.</summary>
    public int MergeThreshold { get; init; } = 2_000;

    public bool IsReady => _current is not null;

    /// <summary>The catalog generation the index has caught up with; null before the first load.</summary>
    public long? Generation => _current?.Generation;

    /// <summary>What the last load took and what the index holds now; null before the first load.</summary>
    public CatalogSearchIndexStatus? Status { get; private set; }

    internal IndexSnapshot? Current => _current;

    /// <summary>Reads the whole catalog and builds the index; searches use it from then on.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            await LoadUnlockedAsync(cancellationToken);
        }
        finally
        {
            _syncing.Release();
        }
    }

    private async Task LoadUnlockedAsync(CancellationToken cancellationToken)
    {
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var load = await CatalogIndexReader.LoadAsync(dataSource, cancellationToken);
        var read = clock.Elapsed;
        var snapshot = await Task.Run(() => IndexUpdater.Build(load), cancellationToken);
        _current = snapshot;
        _merging = null;
        Status = new CatalogSearchIndexStatus(load.Items.Count, read, clock.Elapsed, GC.GetTotalMemory(forceFullCollection: true) - memoryBefore, snapshot.Generation);
        _logger.LogInformation("Catalog search index loaded {Items} items in {Seconds:0.00} s (read {ReadSeconds:0.00} s), {Megabytes:0} MB",
            Status.Items, Status.LoadTime.TotalSeconds, read.TotalSeconds, Status.ManagedBytes / 1e6);
    }

    /// <summary>Applies every change committed since the last read; returns how many items changed (0 when none did).</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        var current = _current ?? throw new InvalidOperationException("Load the index before following changes.");
        if (_merging is null && await CatalogIndexReader.GenerationAsync(dataSource, cancellationToken) == current.Generation)
            return 0;
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            current = _current!;
            var changes = await CatalogIndexReader.ChangesAsync(dataSource, current.Position, cancellationToken);
            if (changes.Truncated)
            {
                await LoadUnlockedAsync(cancellationToken);
                return changes.Count;
            }
            var next = changes.Count == 0 ? current with { Generation = changes.Generation, Position = changes.Position } : IndexUpdater.Apply(current, changes);
            if (_merging is not null)
                RememberWhileMerging(changes);
            _current = next = FinishMerge(next);
            StartMergeIfLarge(next);
            return changes.Count;
        }
        finally
        {
            _syncing.Release();
        }
    }

    /// <summary>Keeps the index current until cancelled, checking for changes every <paramref name="interval"/>.</summary>
    public async Task FollowAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            try
            {
                await SyncAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The index keeps answering from its last snapshot and catches up from there on a later tick; a host
                // stopped by a failed refresh would answer nothing.
                _logger.LogWarning(ex, "Catalog search index could not apply changes; retrying");
            }
        }
    }

    private void RememberWhileMerging(CatalogIndexChanges changes)
    {
        _changedWhileMerging.UnionWith(changes.Items.Select(i => i.Id).Concat(changes.Deleted));
        foreach (var (id, score) in changes.Trending)
            _scoresWhileMerging[id] = score;
    }

    private IndexSnapshot FinishMerge(IndexSnapshot latest)
    {
        if (_merging is not { IsCompleted: true } merging)
            return latest;
        _merging = null;
        if (!merging.IsCompletedSuccessfully)
        {
            _logger.LogError(merging.Exception, "Catalog search index merge failed; the delta stays as it is");
            return latest;
        }
        return IndexUpdater.Rebase(merging.Result, latest, _changedWhileMerging, _scoresWhileMerging);
    }

    private void StartMergeIfLarge(IndexSnapshot snapshot)
    {
        var delta = snapshot.Segments.Skip(1).Sum(s => s.Segment.Count);
        if (_merging is not null || delta < Math.Max(MergeThreshold, snapshot.Segments[0].Segment.Count / 10))
            return;
        _changedWhileMerging = [];
        _scoresWhileMerging = [];
        _merging = Task.Run(() => IndexUpdater.Merge(snapshot));
    }
}

/// <summary>The index's size and cost: items loaded, time to read them and to build, managed memory it took, generation.</summary>
public sealed record CatalogSearchIndexStatus(int Items, TimeSpan ReadTime, TimeSpan LoadTime, long ManagedBytes, long Generation);
