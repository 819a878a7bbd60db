namespace FashionWallet.Catalog;

/// <summary>
/// Fuzzy name matching, as <c>lower(unaccent(text)) &lt;% search_name</c> with <c>word_similarity</c> as the score:
/// each distinct name is compared once, after a cheap bound (a name sharing too few of the text's trigrams cannot
/// reach the threshold) rules most of them out.
/// </summary>
internal static class FuzzyMatcher
{
    // pg_trgm.word_similarity_threshold's default.
    private const double Threshold = 0.6;

    public static (Bitset Matches, float[] Scores) Match(IndexSegment segment, string text)
    {
        var query = Trigrams.Set(TextAnalyzer.Fold(text));
        var names = segment.Names;
        var scores = new float[names.Names.Length];
        var needed = (int)Math.Ceiling(Threshold * query.Length - 1e-9);
        for (var n = 0; n < scores.Length; n++)
        {
            if (query.Length > 0 && Shared(query, names.TrigramSets[n]) >= needed)
                scores[n] = Trigrams.WordSimilarity(query, names.TrigramSequences[n]);
        }
        var matches = new Bitset(segment.Count);
        for (var ordinal = 0; ordinal < segment.Count; ordinal++)
        {
            if (scores[names.NameOf[ordinal]] >= Threshold)
                matches.Set(ordinal);
        }
        return (matches, scores);
    }

    private static int Shared(long[] a, long[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return shared;
    }
}
