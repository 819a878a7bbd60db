using System.Buffers;

namespace FashionWallet.Catalog;

/// <summary>
/// Runs one search over a snapshot, segment by segment: the matching items as a bitset (visibility, text, price),
/// facet filters as bitsets, disjunctive facet counts as popcounts, and the page as the best keys after the cursor.
/// Scores are ts_rank's, summed in the same order and precision as PostgreSQL so ties and cursors agree.
/// </summary>
internal sealed partial class IndexSearcher(IndexSnapshot snapshot, SearchPlan plan, SearchMode mode, string corrected) : IDisposable
{
    // ts_rank divides each lexeme's contribution by pi^2/6 (the limit of the 1/i^2 series), in double.
    private const double RankNormaliser = 1.64493406685;

    // A money amount as whole cents, clamped far beyond any price (numeric(10, 2)) so a huge bound cannot overflow.
    private const decimal CentsLimit = 1_000_000_000_000m;

    private readonly CatalogQuery _query = plan.Query;
    private readonly Dictionary<IndexSegment, (Bitset Matches, float[] Scores)> _fuzzy = [];
    private readonly BitsetArena _arena = new();
    private readonly TextQuery? _text = mode == SearchMode.FullText
        ? TextQuery.Either(WebSearchParser.Parse(plan.Text), WebSearchParser.Parse(corrected))
        : null;

    public CatalogSearchResult Run()
    {
        var operands = _text?.Lexemes().Distinct().Order(StringComparer.Ordinal).ToArray() ?? [];
        var facetCounts = SearchFacet.All.Select(f => new long[f.Values.Count]).ToArray();
        long total = 0;
        var top = new TopHits(_query.PageSize + 1, CursorKey());
        for (var s = 0; s < snapshot.Segments.Count; s++)
        {
            var view = snapshot.Segments[s];
            var matched = Matched(view);
            var filters = plan.Filters.Select(f => (f.Facet, Bits: Selection(view.Segment, f.Facet, f.Values))).ToArray();
            var all = filters.Aggregate(matched, (bits, filter) => _arena.And(bits, filter.Bits));
            var count = all.Count();
            total += count;
            if (_query.IncludeFacets)
                CountFacets(view.Segment, matched, filters, facetCounts);
            if (FixedOrder(view) is { } order && count * 32L >= view.Segment.Count)
                Walk(view, s, all, order, top);
            else
                Rank(view, s, all, operands, top);
        }

        var counts = new List<(string Facet, string? Value, long Count)>();
        for (var f = 0; f < SearchFacet.All.Count; f++)
        {
            for (var v = 0; v < facetCounts[f].Length; v++)
            {
                if (facetCounts[f][v] > 0)
                    counts.Add((SearchFacet.All[f].Name, SearchFacet.All[f].Values[v], facetCounts[f][v]));
            }
        }
        var page = top.Ordered().Select(Hit).ToList();
        return SearchResults.Assemble(plan, mode, page, total, counts);
    }

    public void Dispose() => _arena.Dispose();

    private Bitset Matched(SegmentView view)
    {
        var segment = view.Segment;
        var matched = _arena.Copy(_query.IncludeUnpublished ? view.Live : view.LivePublished);
        if (mode == SearchMode.FullText)
            matched.AndWith(_text is null ? _arena.Empty(segment.Count) : Evaluate(_text, segment));
        else if (mode == SearchMode.Fuzzy)
            matched.AndWith(FuzzyNames(segment).Matches);
        if (_query.MinPrice is not null || _query.MaxPrice is not null)
        {
            var min = _query.MinPrice is { } low ? Cents(decimal.Ceiling(Math.Min(low, CentsLimit) * 100)) : long.MinValue;
            var max = _query.MaxPrice is { } high ? Cents(decimal.Floor(Math.Min(high, CentsLimit) * 100)) : long.MaxValue;
            foreach (var ordinal in matched)
            {
                if (segment.PriceCents[ordinal] < min || segment.PriceCents[ordinal] > max)
                    matched.Clear(ordinal);
            }
        }
        return matched;
    }

    /// <summary>The order a sort reads from when scores play no part (browsing by relevance is by id, every score being 0).</summary>
    private int[]? FixedOrder(SegmentView view) => _query.Sort switch
    {
        CatalogSort.PriceAscending => view.Segment.Orders.ByPriceAscending,
        CatalogSort.PriceDescending => view.Segment.Orders.ByPriceDescending,
        CatalogSort.Newest => view.Segment.Orders.ByNewest,
        CatalogSort.Trending => view.ByTrending,
        _ => mode == SearchMode.None ? view.Segment.Orders.ById : null,
    };

    /// <summary>Takes the first matches after the cursor off the front of a sorted order: broad searches stop early.</summary>
    private void Walk(SegmentView view, int segmentIndex, Bitset all, int[] order, TopHits top)
    {
        var segment = view.Segment;
        var start = 0;
        if (plan.After is not null)
        {
            var after = CursorKey();
            int low = 0, high = order.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (SortKey(segment, view.Trending, order[middle], 0f).CompareTo(after) <= 0)
                    low = middle + 1;
                else
                    high = middle;
            }
            start = low;
        }
        var taken = 0;
        for (var p = start; p < order.Length && taken < top.Capacity; p++)
        {
            var ordinal = order[p];
            if (!all[ordinal])
                continue;
            top.Offer(new Candidate(SortKey(segment, view.Trending, ordinal, 0f), segmentIndex, ordinal, 0f));
            taken++;
        }
    }

    private void Rank(SegmentView view, int segmentIndex, Bitset all, string[] operands, TopHits top)
    {
        var segment = view.Segment;
        float[]? scores = null;
        float[]? nameScores = null;
        if (_query.Sort == CatalogSort.Relevance && mode == SearchMode.FullText)
            scores = Scores(segment, all, operands);
        else if (_query.Sort == CatalogSort.Relevance && mode == SearchMode.Fuzzy)
            nameScores = FuzzyNames(segment).Scores;
        try
        {
            foreach (var ordinal in all)
            {
                var score = scores is not null ? scores[ordinal] / operands.Length
                    : nameScores is not null ? nameScores[segment.Names.NameOf[ordinal]]
                    : 0f;
                if (_query.Sort == CatalogSort.Relevance && -(double)score > top.WorstPrimary)
                    continue;
                top.Offer(new Candidate(SortKey(segment, view.Trending, ordinal, score), segmentIndex, ordinal, score));
            }
        }
        finally
        {
            if (scores is not null)
                ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>ts_rank (calc_rank_or) before the division by the number of operands: each operand's part, in operand order.</summary>
    private static float[] Scores(IndexSegment segment, Bitset all, string[] operands)
    {
        var scores = ArrayPool<float>.Shared.Rent(segment.Count);
        Array.Clear(scores, 0, segment.Count);
        foreach (var operand in operands)
        {
            if (!segment.Postings.TryGetValue(operand, out var posting))
                continue;
            for (var i = 0; i < posting.Documents.Length; i++)
            {
                var document = posting.Documents[i];
                if (all[document])
                    scores[document] = (float)(scores[document] + posting.Ranks[i] / RankNormaliser);
            }
        }
        return scores;
    }

    private (Bitset Matches, float[] Scores) FuzzyNames(IndexSegment segment)
    {
        if (!_fuzzy.TryGetValue(segment, out var names))
            _fuzzy[segment] = names = FuzzyMatcher.Match(segment, corrected);
        return names;
    }

    private static long Cents(decimal amount) => (long)Math.Clamp(amount, -CentsLimit * 100, CentsLimit * 100);

    private SortKey CursorKey()
    {
        if (plan.After is not { } after)
            return default;
        var id = IndexSegment.IdKey(after.Id);
        return _query.Sort switch
        {
            CatalogSort.PriceAscending => new SortKey(0, Cents(Math.Clamp((decimal)plan.AfterKey!, -CentsLimit, CentsLimit) * 100), id),
            CatalogSort.PriceDescending => new SortKey(0, -Cents(Math.Clamp((decimal)plan.AfterKey!, -CentsLimit, CentsLimit) * 100), id),
            CatalogSort.Newest => new SortKey(0, -((DateTimeOffset)plan.AfterKey!).UtcTicks, id),
            CatalogSort.Trending => new SortKey(-(double)plan.AfterKey!, 0, id),
            _ => new SortKey(-(float)plan.AfterKey!, 0, id),
        };
    }

    private SortKey SortKey(IndexSegment segment, double[] trending, int ordinal, float score) => _query.Sort switch
    {
        CatalogSort.PriceAscending => new SortKey(0, segment.PriceCents[ordinal], segment.IdKeys[ordinal]),
        CatalogSort.PriceDescending => new SortKey(0, -segment.PriceCents[ordinal], segment.IdKeys[ordinal]),
        CatalogSort.Newest => new SortKey(0, -segment.CreatedTicks[ordinal], segment.IdKeys[ordinal]),
        CatalogSort.Trending => new SortKey(-trending[ordinal], 0, segment.IdKeys[ordinal]),
        _ => new SortKey(-score, 0, segment.IdKeys[ordinal]),
    };

    private (CatalogSearchHit Hit, string Key) Hit(Candidate candidate)
    {
        var view = snapshot.Segments[candidate.Segment];
        var item = view.Segment.Items[candidate.Ordinal];
        var trending = view.Trending[candidate.Ordinal];
        var lexemes = _text is null ? null : new HashSet<string>(_text.Lexemes(), StringComparer.Ordinal);
        var hit = new CatalogSearchHit(item.Id, item.Sku, item.Kind, item.Name, item.Category, item.Price, item.PriceUnit, item.Tags,
            item.ColourFamilies, item.Status, _query.Sort == CatalogSort.Relevance ? candidate.Score : 0f,
            lexemes is null ? SearchRows.SafeHtml(item.Name) : SearchHighlighter.Name(item.Name, lexemes),
            lexemes is null ? SearchRows.SafeHtml(SearchHighlighter.Left(item.Description, 160)) : SearchHighlighter.Snippet(item.Description, lexemes));
        var key = _query.Sort switch
        {
            CatalogSort.PriceAscending or CatalogSort.PriceDescending => SearchCursor.DecimalKey(item.Price),
            CatalogSort.Newest => SearchCursor.TimeKey(item.CreatedAt),
            CatalogSort.Trending => SearchCursor.DoubleKey(trending),
            _ => SearchCursor.FloatKey((float)hit.Score),
        };
        return (hit, key);
    }
}
