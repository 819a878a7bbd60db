namespace FashionWallet.Catalog;

/// <summary>
/// Makes new snapshots from old ones. The first segment is the large base; changed items go into a small delta
/// segment rebuilt on each change (its size is bounded by merging), and their old ordinals are masked out of the
/// base. Trending scores are replaced in a copy of the score array: no segment is rebuilt for them.
/// </summary>
internal static class IndexUpdater
{
    public static IndexSnapshot Build(CatalogIndexLoad load)
    {
        var segment = SegmentBuilder.Build(load.Items);
        return new IndexSnapshot([View(segment)], new SearchVocabulary(load.Words), load.Generation, load.Position);
    }

    public static IndexSnapshot Apply(IndexSnapshot snapshot, CatalogIndexChanges changes)
    {
        var replaced = changes.Items.Select(i => i.Id).Concat(changes.Deleted).ToHashSet();
        var scores = changes.Trending.ToDictionary(t => t.Id, t => t.Score);
        var baseView = snapshot.Segments[0];
        var live = baseView.Live;
        var trending = baseView.Trending;
        foreach (var id in replaced)
        {
            if (baseView.Segment.OrdinalOf.TryGetValue(id, out var ordinal) && live[ordinal])
            {
                live = live == baseView.Live ? live.Copy() : live;
                live.Clear(ordinal);
            }
        }
        foreach (var (id, score) in scores)
        {
            if (baseView.Segment.OrdinalOf.TryGetValue(id, out var ordinal) && live[ordinal])
            {
                trending = trending == baseView.Trending ? (double[])trending.Clone() : trending;
                trending[ordinal] = score;
            }
        }

        var delta = snapshot.Segments.Skip(1).SelectMany(view => CurrentItems(view))
            .Where(item => !replaced.Contains(item.Id))
            .Select(item => scores.TryGetValue(item.Id, out var score) ? item with { TrendingScore = score } : item)
            .Concat(changes.Items)
            .ToArray();
        var updatedBase = trending == baseView.Trending ? baseView.WithLive(live) : new SegmentView(baseView.Segment, live, trending);
        IReadOnlyList<SegmentView> segments = delta.Length == 0 ? [updatedBase] : [updatedBase, View(SegmentBuilder.Build(delta))];
        return new IndexSnapshot(segments, snapshot.Vocabulary.With(changes.Items), changes.Generation, changes.Position);
    }

    /// <summary>One segment of every current item, as of <paramref name="snapshot"/>.</summary>
    public static IndexSnapshot Merge(IndexSnapshot snapshot) =>
        snapshot with { Segments = [View(SegmentBuilder.Build(snapshot.Segments.SelectMany(CurrentItems).ToArray()))] };

    /// <summary>
    /// A merge made from an earlier snapshot, brought up to <paramref name="latest"/>: items changed since the merge
    /// began are masked out of it and carried over, with their current scores, in a new delta.
    /// </summary>
    public static IndexSnapshot Rebase(IndexSnapshot merged, IndexSnapshot latest, IReadOnlyCollection<Guid> changedSince, IReadOnlyDictionary<Guid, double> scoresSince)
    {
        var items = changedSince.Select(latest.Locate).OfType<(int Segment, int Ordinal)>()
            .Select(at => latest.Segments[at.Segment].Segment.Items[at.Ordinal] with { TrendingScore = latest.Segments[at.Segment].Trending[at.Ordinal] })
            .ToArray();
        var deleted = changedSince.Where(id => latest.Locate(id) is null).ToArray();
        var carried = scoresSince.Where(s => !changedSince.Contains(s.Key)).Select(s => (s.Key, s.Value)).ToArray();
        return Apply(merged, new CatalogIndexChanges(items, deleted, carried, false, latest.Generation, latest.Position)) with { Vocabulary = latest.Vocabulary };
    }

    private static SegmentView View(IndexSegment segment) =>
        new(segment, Bitset.All(segment.Count), segment.Items.Select(i => i.TrendingScore).ToArray());

    private static IEnumerable<IndexedItem> CurrentItems(SegmentView view)
    {
        foreach (var ordinal in view.Live)
            yield return view.Segment.Items[ordinal] with { TrendingScore = view.Trending[ordinal] };
    }
}
