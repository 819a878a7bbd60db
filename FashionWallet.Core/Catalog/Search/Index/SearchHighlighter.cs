using System.Text;

namespace FashionWallet.Catalog;

/// <summary>
/// Highlighted names and snippets in the manner of ts_headline, as safe HTML: words whose lexeme the query names are
/// wrapped in &lt;mark&gt;, all other text is escaped. A snippet is up to two fragments of about 24 words around the
/// first matches, joined by " ... ", or the first 10 words when the description matches nothing.
/// </summary>
internal static class SearchHighlighter
{
    private const int FragmentWords = 24;
    private const int WordsWithoutMatch = 10;
    private const int MaxFragments = 2;
    private const char StartMark = '\u0001';
    private const char StopMark = '\u0002';

    public static string Name(string name, IReadOnlySet<string> lexemes)
    {
        var words = Words(name);
        return Marked(name, 0, name.Length, words, lexemes);
    }

    public static string Snippet(string description, IReadOnlySet<string> lexemes)
    {
        var words = Words(description);
        if (words.Count == 0)
            return "";
        var matches = Enumerable.Range(0, words.Count).Where(i => words[i].Lexeme is { } lexeme && lexemes.Contains(lexeme)).ToArray();
        var fragments = new List<(int First, int Last)>();
        foreach (var match in matches)
        {
            if (fragments.Count == MaxFragments || fragments.Any(f => match >= f.First && match <= f.Last))
                continue;
            var first = Math.Max(0, match - (FragmentWords - 1) / 2);
            var last = Math.Min(words.Count - 1, first + FragmentWords - 1);
            first = Math.Max(0, Math.Min(first, last - FragmentWords + 1));
            if (fragments.Count > 0 && first <= fragments[^1].Last)
                first = fragments[^1].Last + 1;
            fragments.Add((first, last));
        }
        if (fragments.Count == 0)
            fragments.Add((0, Math.Min(words.Count, WordsWithoutMatch) - 1));
        return string.Join(" ... ", fragments.Select(f =>
            Marked(description, words[f.First].Start, words[f.Last].Start + words[f.Last].Length, words, lexemes)));
    }

    /// <summary>The first <paramref name="characters"/> characters (code points, as PostgreSQL's left()).</summary>
    public static string Left(string text, int characters)
    {
        var end = 0;
        for (var i = 0; i < characters && end < text.Length; i++)
            end += char.IsSurrogatePair(text, end) ? 2 : 1;
        return text[..end];
    }

    /// <summary>The words a reader sees: a hyphenated compound counts as its parts.</summary>
    private static List<AnalysedWord> Words(string text)
    {
        var words = TextAnalyzer.Analyse(text);
        return words.Where((w, i) => i + 1 >= words.Count || words[i + 1].Start != w.Start || words[i + 1].Length >= w.Length).ToList();
    }

    private static string Marked(string text, int start, int end, List<AnalysedWord> words, IReadOnlySet<string> lexemes)
    {
        var marked = new StringBuilder(end - start + 16);
        var at = start;
        foreach (var word in words)
        {
            if (word.Start < at || word.Start + word.Length > end || word.Lexeme is not { } lexeme || !lexemes.Contains(lexeme))
                continue;
            marked.Append(text, at, word.Start - at).Append(StartMark).Append(text, word.Start, word.Length).Append(StopMark);
            at = word.Start + word.Length;
        }
        marked.Append(text, at, end - at);
        return SearchRows.SafeHtml(marked.ToString());
    }
}
