using System.Text;

namespace FashionWallet.Catalog;

/// <summary>
/// Accent folding as PostgreSQL's <c>unaccent</c> dictionary does it (its unaccent.rules): accented Latin and Greek
/// letters lose their marks (canonical decomposition, base letter kept), letters that do not decompose are spelt out
/// (ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d, þ→th, ligatures, full-width forms), and everything else is left alone. Case is
/// kept: lower-casing is a separate step, as in the database. Not covered: the hooked and barred letters of Latin
/// Extended-B and the phonetic blocks, which unaccent.rules also spells out but catalog text does not use.
/// </summary>
internal static class Unaccent
{
    private static readonly Dictionary<char, string> SpeltOut = new()
    {
        ['Æ'] = "AE", ['æ'] = "ae", ['Ð'] = "D", ['ð'] = "d", ['Ø'] = "O", ['ø'] = "o", ['Þ'] = "TH", ['þ'] = "th",
        ['ß'] = "ss", ['ẞ'] = "SS", ['Đ'] = "D", ['đ'] = "d", ['Ħ'] = "H", ['ħ'] = "h", ['ı'] = "i", ['Ĳ'] = "IJ",
        ['ĳ'] = "ij", ['ĸ'] = "q", ['Ŀ'] = "L", ['ŀ'] = "l", ['Ł'] = "L", ['ł'] = "l", ['ŉ'] = "'n", ['Ŋ'] = "N", ['ŋ'] = "n",
        ['Œ'] = "OE", ['œ'] = "oe", ['Ŧ'] = "T", ['ŧ'] = "t", ['ſ'] = "s", ['ẚ'] = "a", ['ẜ'] = "s", ['ẝ'] = "s",
        ['Ỻ'] = "LL", ['ỻ'] = "ll", ['Ỽ'] = "V", ['ỽ'] = "v", ['Ỿ'] = "Y", ['ỿ'] = "y",
        ['ﬀ'] = "ff", ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['ﬅ'] = "st", ['ﬆ'] = "st",
    };

    // Decomposable letters of these blocks are folded; unaccent.rules leaves these few alone.
    private const string NotFolded = "ǢǣǮǯǼǽǾǿẛ";

    public static string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0x80)
            i++;
        if (i == text.Length)
            return text;
        var folded = new StringBuilder(text.Length + 4).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
                folded.Append(c);
            else if (SpeltOut.TryGetValue(c, out var spelt))
                folded.Append(spelt);
            else if (c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
                folded.Append((char)(c - 0xFF21 + 'A'));
            else if (IsFoldable(c))
                folded.Append(c.ToString().Normalize(NormalizationForm.FormD)[0]);
            else
                folded.Append(c);
        }
        return folded.ToString();
    }

    private static bool IsFoldable(char c) =>
        (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' or >= '\u0386' and <= '\u03CE' or >= '\u1F00' and <= '\u1FFF' or 'Ё' or 'ё')
        && !NotFolded.Contains(c);
}
