namespace FashionWallet.Catalog;

/// <summary>
/// Where one lexeme occurs: documents in ordinal order, each with its ts_rank contribution (computed once, at build)
/// and its positions (for phrases), positions of document i being <c>Positions[PositionStarts[i]..PositionStarts[i+1]]</c>.
/// </summary>
internal sealed record Posting(int[] Documents, float[] Ranks, int[] PositionStarts, int[] Positions)
{
    public ReadOnlySpan<int> PositionsAt(int index) => Positions.AsSpan(PositionStarts[index], PositionStarts[index + 1] - PositionStarts[index]);
}

/// <summary>
/// An immutable piece of the index: items in ordinal order with their postings, facet bitsets, sort keys and the
/// distinct lower-case names fuzzy matching compares against. Never changed once built; a newer version of an item
/// goes into a newer segment and the old ordinal is masked out.
/// </summary>
internal sealed class IndexSegment
{
    public required IndexedItem[] Items { get; init; }
    public required Dictionary<string, Posting> Postings { get; init; }
    public required Bitset Published { get; init; }

    /// <summary>Per facet (in <see cref="SearchFacet.All"/>'s order), per allowed value: the items that have it.</summary>
    public required Bitset[][] FacetValues { get; init; }

    /// <summary>Per facet, per item: the facet's values the item has, as bits of their indexes (no facet has 64 values).</summary>
    public required ulong[][] FacetMasks { get; init; }

    public required long[] PriceCents { get; init; }
    public required long[] CreatedTicks { get; init; }

    /// <summary>Ids as 128-bit numbers in PostgreSQL's uuid order, for tie-breaks that agree with the database.</summary>
    public required UInt128[] IdKeys { get; init; }

    /// <summary>Ordinals in the order of each fixed sort (ties by id), so a page of a broad search is read off the front.</summary>
    public required SortOrders Orders { get; init; }

    public required Dictionary<Guid, int> OrdinalOf { get; init; }
    public required IndexedNames Names { get; init; }

    public int Count => Items.Length;

    public static UInt128 IdKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}

/// <summary>Ordinals sorted by id, by price either way and by newest first; every order breaks ties by id.</summary>
internal sealed record SortOrders(int[] ById, int[] ByPriceAscending, int[] ByPriceDescending, int[] ByNewest)
{
    public static SortOrders For(long[] priceCents, long[] createdTicks, UInt128[] idKeys) => new(
        Sorted(idKeys.Length, (a, b) => idKeys[a].CompareTo(idKeys[b])),
        Sorted(idKeys.Length, (a, b) => priceCents[a] != priceCents[b] ? priceCents[a].CompareTo(priceCents[b]) : idKeys[a].CompareTo(idKeys[b])),
        Sorted(idKeys.Length, (a, b) => priceCents[a] != priceCents[b] ? priceCents[b].CompareTo(priceCents[a]) : idKeys[a].CompareTo(idKeys[b])),
        Sorted(idKeys.Length, (a, b) => createdTicks[a] != createdTicks[b] ? createdTicks[b].CompareTo(createdTicks[a]) : idKeys[a].CompareTo(idKeys[b])));

    public static int[] ByTrending(double[] trending, UInt128[] idKeys) =>
        Sorted(idKeys.Length, (a, b) => trending[a] != trending[b] ? trending[b].CompareTo(trending[a]) : idKeys[a].CompareTo(idKeys[b]));

    private static int[] Sorted(int count, Comparison<int> comparison)
    {
        var ordinals = Enumerable.Range(0, count).ToArray();
        Array.Sort(ordinals, comparison);
        return ordinals;
    }
}

/// <summary>The distinct <c>lower(unaccent(name))</c> of a segment, each with its trigrams, and which one each item has.</summary>
internal sealed record IndexedNames(string[] Names, long[][] TrigramSets, List<long>[] TrigramSequences, int[] NameOf);
