using System.Numerics;

namespace FashionWallet.Catalog;

/// <summary>Facet filters and disjunctive facet counts.</summary>
internal sealed partial class IndexSearcher
{
    private Bitset Selection(IndexSegment segment, SearchFacet facet, IReadOnlyList<string> values)
    {
        var index = facet.Index;
        var bits = _arena.Empty(segment.Count);
        foreach (var value in values)
            bits.OrWith(segment.FacetValues[index][facet.IndexOf(value)]);
        return bits;
    }

    /// <summary>
    /// Each facet counted over the matches filtered by every other facet's selection but not its own: item by item
    /// when few match, otherwise a popcount of the matches against each value's bitset.
    /// </summary>
    private void CountFacets(IndexSegment segment, Bitset matched, (SearchFacet Facet, Bitset Bits)[] filters, long[][] counts)
    {
        for (var f = 0; f < SearchFacet.All.Count; f++)
        {
            var facet = SearchFacet.All[f];
            var scope = matched;
            foreach (var filter in filters)
            {
                if (filter.Facet != facet)
                    scope = _arena.And(scope, filter.Bits);
            }
            if (scope.Count() * 16L < segment.Count)
            {
                var masks = segment.FacetMasks[f];
                foreach (var ordinal in scope)
                {
                    for (var mask = masks[ordinal]; mask != 0; mask &= mask - 1)
                        counts[f][BitOperations.TrailingZeroCount(mask)]++;
                }
                continue;
            }
            for (var v = 0; v < facet.Values.Count; v++)
                counts[f][v] += scope.CountAnd(segment.FacetValues[f][v]);
        }
    }
}
