namespace FashionWallet.Catalog;

/// <summary>
/// The words of names and tags (the <c>catalog_words</c> table: lower-case, unaccented, 3 to 30 characters, not all
/// digits; it only grows) with an inverted index from trigram to word, so a misspelt query word finds its closest
/// vocabulary word by pg_trgm similarity without comparing it to every word.
/// </summary>
internal sealed class SearchVocabulary
{
    public const float MinCorrectionSimilarity = 0.45f;

    private readonly string[] _words;
    private readonly HashSet<string> _known;
    private readonly int[] _trigramCounts;
    private readonly Dictionary<long, int[]> _wordsByTrigram;

    public SearchVocabulary(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.Ordinal).ToArray();
        _known = new HashSet<string>(_words, StringComparer.Ordinal);
        var sets = _words.Select(Trigrams.Set).ToArray();
        _trigramCounts = sets.Select(s => s.Length).ToArray();
        _wordsByTrigram = sets.SelectMany((set, word) => set.Select(trigram => (trigram, word)))
            .GroupBy(p => p.trigram, p => p.word)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>This vocabulary plus the words of these names and tags, or itself when they bring nothing new.</summary>
    public SearchVocabulary With(IEnumerable<IndexedItem> items)
    {
        var added = items.SelectMany(i => WordsOf(i.Name, i.Tags)).Where(w => !_known.Contains(w)).ToArray();
        return added.Length == 0 ? this : new SearchVocabulary(_words.Concat(added));
    }

    /// <summary>As the database's <c>catalog_words_of(name, tags)</c>.</summary>
    public static IEnumerable<string> WordsOf(string name, IEnumerable<string> tags)
    {
        var text = TextAnalyzer.Fold(name + " " + string.Join(' ', tags));
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordCharacter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordCharacter && start < 0)
                start = i;
            else if (!isWordCharacter && start >= 0)
            {
                var word = text[start..i];
                if (word.Length is >= 3 and <= 30 && !word.All(char.IsAsciiDigit))
                    yield return word;
                start = -1;
            }
        }
    }

    /// <summary>
    /// Misspelt words of the text (as <see cref="SearchText.Words"/> picks them, not stop words, not in the vocabulary)
    /// and the most similar vocabulary word for each, when one is similar enough; ties go to the first in ordinal order.
    /// </summary>
    public Dictionary<string, string> Corrections(string text)
    {
        var corrections = new Dictionary<string, string>();
        foreach (var word in SearchText.Words(text))
        {
            var folded = TextAnalyzer.Fold(word);
            if (_known.Contains(folded) || TextAnalyzer.Analyse(word).All(w => w.Lexeme is null))
                continue;
            if (Closest(folded) is { } closest)
                corrections[word] = closest;
        }
        return corrections;
    }

    private string? Closest(string word)
    {
        var trigrams = Trigrams.Set(word);
        var shared = new Dictionary<int, int>();
        foreach (var trigram in trigrams)
        {
            if (_wordsByTrigram.TryGetValue(trigram, out var words))
            {
                foreach (var candidate in words)
                    shared[candidate] = shared.GetValueOrDefault(candidate) + 1;
            }
        }
        string? best = null;
        var bestSimilarity = 0f;
        foreach (var (candidate, common) in shared)
        {
            var similarity = Trigrams.Similarity(common, trigrams.Length, _trigramCounts[candidate]);
            if (similarity < MinCorrectionSimilarity)
                continue;
            if (best is null || similarity > bestSimilarity || (similarity == bestSimilarity && string.CompareOrdinal(_words[candidate], best) < 0))
            {
                best = _words[candidate];
                bestSimilarity = similarity;
            }
        }
        return best;
    }
}
