namespace FashionWallet.Catalog;

/// <summary>
/// pg_trgm's trigrams and similarities. Each word (a run of letters and digits) is padded with two spaces in front
/// and one behind, and every three consecutive characters make a trigram. <see cref="Similarity"/> is shared unique
/// trigrams over all unique trigrams; <see cref="WordSimilarity"/> is the best similarity between the first text and
/// any stretch of the second (pg_trgm's <c>word_similarity</c>, ported step by step so scores agree).
/// </summary>
internal static class Trigrams
{
    /// <summary>Every trigram in order of appearance, repeats included; the input is already lower-case.</summary>
    public static List<long> Sequence(string text)
    {
        var trigrams = new List<long>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            var padded = $"  {text[start..i]} ";
            for (var j = 0; j + 3 <= padded.Length; j++)
                trigrams.Add(Pack(padded[j], padded[j + 1], padded[j + 2]));
        }
        return trigrams;
    }

    /// <summary>The distinct trigrams, sorted.</summary>
    public static long[] Set(string text) => Sequence(text).Distinct().Order().ToArray();

    public static float Similarity(int common, int count1, int count2) =>
        count1 == 0 || count2 == 0 ? 0f : (float)common / (count1 + count2 - common);

    public static float WordSimilarity(string query, string text) => WordSimilarity(Set(query), Sequence(text));

    /// <summary>
    /// word_similarity(query, text): grows a window over the text's trigrams, ending at each trigram the query has,
    /// and tries every start for it, keeping the best count / (query's unique + window's unique - count).
    /// </summary>
    public static float WordSimilarity(long[] querySet, List<long> textSequence)
    {
        if (querySet.Length == 0 || textSequence.Count == 0)
            return 0f;
        var found = new bool[textSequence.Count];
        for (var i = 0; i < found.Length; i++)
            found[i] = Array.BinarySearch(querySet, textSequence[i]) >= 0;
        var ids = Identify(textSequence);
        var lastPosition = new Dictionary<int, int>();
        int windowUnique = 0, count = 0, lower = -1;
        var best = 0f;
        for (var i = 0; i < textSequence.Count; i++)
        {
            if (lower >= 0 || found[i])
            {
                if (!lastPosition.ContainsKey(ids[i]))
                {
                    windowUnique++;
                    if (found[i])
                        count++;
                }
                lastPosition[ids[i]] = i;
            }
            if (!found[i])
                continue;
            if (lower == -1)
            {
                lower = i;
                windowUnique = 1;
            }
            var current = Similarity(count, querySet.Length, windowUnique);
            int tryCount = count, tryUnique = windowUnique, previousLower = lower;
            for (var tryLower = lower; tryLower <= i; tryLower++)
            {
                var candidate = Similarity(tryCount, querySet.Length, tryUnique);
                if (candidate > current)
                {
                    current = candidate;
                    windowUnique = tryUnique;
                    lower = tryLower;
                    count = tryCount;
                }
                if (lastPosition.GetValueOrDefault(ids[tryLower], -1) == tryLower)
                {
                    tryUnique--;
                    if (found[tryLower])
                        tryCount--;
                }
            }
            best = Math.Max(best, current);
            for (var dropped = previousLower; dropped < lower; dropped++)
            {
                if (lastPosition.GetValueOrDefault(ids[dropped], -1) == dropped)
                    lastPosition.Remove(ids[dropped]);
            }
        }
        return best;
    }

    private static int[] Identify(List<long> sequence)
    {
        var ids = new Dictionary<long, int>();
        return sequence.Select(t => ids.TryGetValue(t, out var id) ? id : ids[t] = ids.Count).ToArray();
    }

    private static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;
}
