namespace FashionWallet.Catalog;

/// <summary>A segment as one snapshot sees it: which of its items are still current, their trending scores and that order.</summary>
internal sealed class SegmentView(IndexSegment segment, Bitset live, double[] trending, int[] byTrending)
{
    public SegmentView(IndexSegment segment, Bitset live, double[] trending)
        : this(segment, live, trending, SortOrders.ByTrending(trending, segment.IdKeys))
    {
    }

    public IndexSegment Segment => segment;
    public Bitset Live => live;
    public double[] Trending => trending;
    public int[] ByTrending => byTrending;

    /// <summary>The current items that are published: what everyone but an admin searches.</summary>
    public Bitset LivePublished { get; } = live.And(segment.Published);

    public SegmentView WithLive(Bitset newLive) => new(segment, newLive, trending, byTrending);
}

/// <summary>
/// One consistent state of the index, never changed: searches read whichever snapshot was current when they began,
/// while the follower builds the next one. <see cref="Position"/> is the PostgreSQL snapshot it reflects.
/// </summary>
internal sealed record IndexSnapshot(IReadOnlyList<SegmentView> Segments, SearchVocabulary Vocabulary, long Generation, string Position)
{
    /// <summary>Where the current version of an item is; null when the index does not have it.</summary>
    public (int Segment, int Ordinal)? Locate(Guid id)
    {
        for (var s = Segments.Count - 1; s >= 0; s--)
        {
            if (Segments[s].Segment.OrdinalOf.TryGetValue(id, out var ordinal) && Segments[s].Live[ordinal])
                return (s, ordinal);
        }
        return null;
    }

    public ValueTask<CatalogSearchResult> SearchAsync(SearchPlan plan) => SearchFlow.SearchAsync(plan,
        text => ValueTask.FromResult<IReadOnlyDictionary<string, string>>(Vocabulary.Corrections(text)),
        (mode, corrected) =>
        {
            using var searcher = new IndexSearcher(this, plan, mode, corrected);
            return ValueTask.FromResult(searcher.Run());
        });
}
