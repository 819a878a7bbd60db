namespace FashionWallet.Catalog;

/// <summary>A segment as one snapshot sees it: which of its items are still current, their trending scores and that order.</summary>
internal sealed record SegmentView(IndexSegment Segment, Bitset Live, double[] Trending, int[] ByTrending)
{
    public SegmentView(IndexSegment segment, Bitset live, double[] trending)
        : this(segment, live, trending, SortOrders.ByTrending(trending, segment.IdKeys))
    {
    }
}

/// <summary>
/// One consistent state of the index, never changed: searches read whichever snapshot was current when they began,
/// while the follower builds the next one. <see cref="Position"/> is the PostgreSQL snapshot it reflects.
/// </summary>
internal sealed record IndexSnapshot(IReadOnlyList<SegmentView> Segments, SearchVocabulary Vocabulary, long Generation, string Position)
{
    public int LiveCount => Segments.Sum(s => s.Live.Count());

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
        (mode, corrected) => ValueTask.FromResult(new IndexSearcher(this, plan, mode, corrected).Run()));
}
