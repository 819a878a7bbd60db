using System.Text;
using System.Text.RegularExpressions;

namespace FashionWallet.Catalog;

/// <summary>
/// Turns whatever a person typed into safe search text: control characters and broken surrogates become spaces,
/// whitespace collapses, and the length is capped (at a word boundary) so a 10 kB paste costs no more than a query.
/// A run of negations ("- - - -cotton") keeps its parity but at most two signs: websearch_to_tsquery stacks each one
/// and fails past 32. What remains goes to PostgreSQL only as a parameter of websearch_to_tsquery.
/// </summary>
public static partial class SearchText
{
    public const int MaxLength = 200;
    private const int MaxWords = 8;

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var clean = new StringBuilder(Math.Min(text.Length, MaxLength * 2));
        for (var i = 0; i < text.Length && clean.Length <= MaxLength * 2; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(c).Append(text[++i]);
            else
                clean.Append(char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }
        var collapsed = Negations().Replace(Spaces().Replace(clean.ToString(), " ").Trim(), m => m.Groups[1].Captures.Count % 2 == 0 ? "--" : "-");
        if (collapsed.Length <= MaxLength)
            return collapsed;
        var cut = collapsed.LastIndexOf(' ', MaxLength);
        return collapsed[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim();
    }

    /// <summary>The words worth spell-checking: letters and digits only, four characters or more, at most eight.</summary>
    public static IReadOnlyList<string> Words(string normalised) =>
        Word().Matches(normalised).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 4 && !w.All(char.IsDigit)).Distinct().Take(MaxWords).ToArray();

    /// <summary>The text with each misspelt word replaced by its correction (whole words, any case).</summary>
    public static string Correct(string normalised, IReadOnlyDictionary<string, string> corrections) =>
        corrections.Count == 0 ? normalised : Word().Replace(normalised, m => corrections.TryGetValue(m.Value.ToLowerInvariant(), out var fixedWord) ? fixedWord : m.Value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(-[ !&|()<]*){3,}")]
    private static partial Regex Negations();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
