using System.Collections.Concurrent;
using System.Text;

namespace FashionWallet.Catalog;

/// <summary>A word of analysed text: its lexeme (null for a stop word, which still takes a position) and where it stands.</summary>
internal readonly record struct AnalysedWord(string? Lexeme, int Position, int Start, int Length);

/// <summary>
/// Text to lexemes as the <c>catalog_english</c> configuration does it (see 0003_catalog.sql): PostgreSQL's default
/// parser, then unaccent and the English Snowball stemmer with its stop words for words, and plain lower-casing for
/// numbers, words with digits and dotted or slashed tokens. Every token, stop words included, takes the next position.
/// A hyphenated word yields the whole compound and then each part, as PostgreSQL does, so phrases match alike.
/// Covered: words, numbers, hyphenated compounds, dotted and slashed tokens (g/m2, e.g, 18/20/20), signed integers,
/// decimals and markup tags (skipped). Not covered, because catalog text has none: e-mail addresses and URLs (their
/// parts are indexed as words instead).
/// </summary>
internal static class TextAnalyzer
{
    private const int MaxTokenBytes = 2047;
    private const int MaxCachedWords = 200_000;
    private static readonly ConcurrentDictionary<string, string?> WordLexemes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> WordLexemesBySpan =
        WordLexemes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly ConcurrentDictionary<string, string> SimpleLexemes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SimpleLexemesBySpan =
        SimpleLexemes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _cachedWords;

    public static List<AnalysedWord> Analyse(string text)
    {
        var words = new List<AnalysedWord>();
        Analyse(text, words);
        return words;
    }

    public static void Analyse(string text, List<AnalysedWord> words)
    {
        var position = 0;
        var i = 0;
        var afterCompound = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TagEnd(text, i) is var tagEnd and > 0)
            {
                i = tagEnd;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                var end = PathEnd(text, i + 1, SegmentEnd(text, i + 1), '.');
                end = end > 0 ? end : SegmentEnd(text, i + 1);
                Add(words, ref position, text, i, end, simple: true);
                i = end;
                continue;
            }
            if (!IsAlnum(c))
            {
                i++;
                continue;
            }
            var start = i;
            var signed = start > 0 && text[start - 1] is '-' or '+' && afterCompound != start - 1;
            var segmentEnd = SegmentEnd(text, i);
            var (hasLetter, hasDigit) = Classify(text, start, segmentEnd);
            if (!hasLetter)
            {
                var pathEnd = signed ? 0 : PathEnd(text, start, segmentEnd, '/');
                var end = pathEnd > 0 ? pathEnd : NumberEnd(text, segmentEnd);
                Add(words, ref position, text, signed ? start - 1 : start, end, simple: true);
                i = end;
            }
            else if (PathEnd(text, start, segmentEnd, '.') is var pathEnd and > 0)
            {
                Add(words, ref position, text, start, pathEnd, simple: true);
                i = pathEnd;
            }
            else if (CompoundParts(text, start, segmentEnd) is { Count: > 1 } parts)
            {
                var end = parts[^1].End;
                Add(words, ref position, text, start, end, simple: parts.Any(p => p.HasDigit));
                foreach (var part in parts)
                    Add(words, ref position, text, part.Start, part.End, simple: part.HasDigit);
                afterCompound = end;
                i = end;
            }
            else
            {
                Add(words, ref position, text, start, segmentEnd, simple: hasDigit);
                i = segmentEnd;
            }
        }
    }

    /// <summary>The lexeme of one word as the English dictionaries make it; null for a stop word. Cached: words repeat.</summary>
    private static string? WordLexeme(ReadOnlySpan<char> word)
    {
        if (WordLexemesBySpan.TryGetValue(word, out var lexeme))
            return lexeme;
        var text = word.ToString();
        lexeme = ComputeWordLexeme(text);
        if (Interlocked.Increment(ref _cachedWords) <= MaxCachedWords)
            WordLexemes.TryAdd(text, lexeme);
        return lexeme;
    }

    /// <summary>Lower-case and accent-free, as <c>lower(catalog_unaccent(text))</c>.</summary>
    public static string Fold(string text) => Unaccent.Fold(text).ToLowerInvariant();

    private static string? ComputeWordLexeme(string word)
    {
        var folded = Fold(word);
        return EnglishStopWords.Contains(folded) ? null : EnglishStemmer.Stem(folded);
    }

    private static void Add(List<AnalysedWord> words, ref int position, string text, int start, int end, bool simple)
    {
        var token = text.AsSpan(start, end - start);
        if (token.Length * 3 > MaxTokenBytes && Encoding.UTF8.GetByteCount(token) > MaxTokenBytes)
            return;
        position++;
        words.Add(new AnalysedWord(simple ? SimpleLexeme(token) : WordLexeme(token), position, start, end - start));
    }

    /// <summary>The lower-cased token (PostgreSQL's simple dictionary), shared between documents when already seen.</summary>
    private static string SimpleLexeme(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        if (SimpleLexemesBySpan.TryGetValue(lower, out var lexeme))
            return lexeme;
        lexeme = lower.ToString();
        if (Interlocked.Increment(ref _cachedWords) <= MaxCachedWords)
            SimpleLexemes.TryAdd(lexeme, lexeme);
        return lexeme;
    }

    private static bool IsAlnum(char c) => char.IsAsciiDigit(c) || char.IsLetter(c);

    private static int SegmentEnd(string text, int i)
    {
        while (i < text.Length && IsAlnum(text[i]))
            i++;
        return i;
    }

    private static (bool HasLetter, bool HasDigit) Classify(string text, int start, int end)
    {
        bool letter = false, digit = false;
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(text[i]))
                digit = true;
            else
                letter = true;
        }
        return (letter, digit);
    }

    /// <summary>Digits, with ".digits" parts for decimals and versions (2.4, 10.5.2), stopping before letters.</summary>
    private static int NumberEnd(string text, int digitsEnd)
    {
        var end = digitsEnd;
        while (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
                end++;
        }
        return end;
    }

    /// <summary>
    /// An ASCII token joined by slashes or dots (g/m2, e.g, 18/20/20), the first joint being <paramref name="firstJoint"/>
    /// or a slash: its end, or 0 when it is none. Numbers join by slashes only (dots make decimals).
    /// </summary>
    private static int PathEnd(string text, int start, int segmentEnd, char firstJoint)
    {
        if (segmentEnd + 1 >= text.Length || (text[segmentEnd] != '/' && text[segmentEnd] != firstJoint))
            return 0;
        for (var i = start; i < segmentEnd; i++)
        {
            if (!char.IsAscii(text[i]))
                return 0;
        }
        var end = segmentEnd;
        while (end + 1 < text.Length && text[end] is '.' or '/' && char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                end++;
        }
        return end > segmentEnd ? end : 0;
    }

    private static List<(int Start, int End, bool HasDigit)>? CompoundParts(string text, int start, int segmentEnd)
    {
        if (segmentEnd >= text.Length || text[segmentEnd] != '-')
            return null;
        var parts = new List<(int Start, int End, bool HasDigit)> { (start, segmentEnd, Classify(text, start, segmentEnd).HasDigit) };
        var end = segmentEnd;
        while (end + 1 < text.Length && text[end] == '-' && IsAlnum(text[end + 1]))
        {
            var partEnd = SegmentEnd(text, end + 1);
            var (letter, digit) = Classify(text, end + 1, partEnd);
            if (!letter)
                break;
            parts.Add((end + 1, partEnd, digit));
            end = partEnd;
        }
        return parts;
    }

    /// <summary>The end of a markup tag starting at <paramref name="start"/> (PostgreSQL's parser skips tags), or 0.</summary>
    private static int TagEnd(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '/')
            i++;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            return 0;
        var close = text.IndexOfAny(['<', '>'], i);
        return close > 0 && text[close] == '>' ? close + 1 : 0;
    }
}
