namespace FashionWallet.Catalog;

/// <summary>
/// A sort position: primary keys arranged so that smaller comes first (descending sorts store negated values), then
/// the id in PostgreSQL's uuid order, exactly as the SQL's <c>order by key, id</c> and its keyset condition.
/// </summary>
internal readonly record struct SortKey(double Primary, long Secondary, UInt128 Id) : IComparable<SortKey>
{
    public int CompareTo(SortKey other)
    {
        var primary = Primary.CompareTo(other.Primary);
        if (primary != 0)
            return primary;
        var secondary = Secondary.CompareTo(other.Secondary);
        return secondary != 0 ? secondary : Id.CompareTo(other.Id);
    }
}

internal readonly record struct Candidate(SortKey Key, int Segment, int Ordinal, float Score);

/// <summary>The first <c>capacity</c> candidates after the cursor, kept in a heap whose top is the worst of them.</summary>
internal sealed class TopHits(int capacity, SortKey after)
{
    private static readonly Comparer<SortKey> WorstFirst = Comparer<SortKey>.Create((a, b) => b.CompareTo(a));
    private readonly PriorityQueue<Candidate, SortKey> _heap = new(capacity + 1, WorstFirst);
    private readonly bool _hasCursor = after != default;

    public int Capacity => capacity;

    /// <summary>The primary key a candidate must not exceed to enter (anything, until the heap is full).</summary>
    public double WorstPrimary => _heap.Count == capacity && _heap.TryPeek(out _, out var worst) ? worst.Primary : double.PositiveInfinity;

    public void Offer(Candidate candidate)
    {
        if (_hasCursor && candidate.Key.CompareTo(after) <= 0)
            return;
        if (_heap.Count < capacity)
            _heap.Enqueue(candidate, candidate.Key);
        else if (_heap.TryPeek(out _, out var worst) && candidate.Key.CompareTo(worst) < 0)
            _heap.EnqueueDequeue(candidate, candidate.Key);
    }

    public IEnumerable<Candidate> Ordered() => _heap.UnorderedItems.Select(i => i.Element).OrderBy(c => c.Key);
}
