namespace FashionWallet.Catalog;

/// <summary>
/// The Snowball English (Porter2) stemmer, as PostgreSQL's <c>english_stem</c> dictionary runs it (Snowball 2.x:
/// regions, steps 1a to 5, the two exception lists and the "gener/commun/arsen" prefixes). Takes a lower-case word.
/// Written from the published algorithm; the tests check it against pairs PostgreSQL itself produces.
/// </summary>
internal static class EnglishStemmer
{
    // PostgreSQL hands longer strings back unstemmed: they are not words, and the stemmer need not see them.
    private const int MaxStemmedBytes = 1000;

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> InvariantAfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen"];

    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"),
        ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ];

    private static readonly string[] Step4Suffixes =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"];

    public static string Stem(string word)
    {
        if (Exceptions.TryGetValue(word, out var exception))
            return exception;
        if (word.Length < 3 || System.Text.Encoding.UTF8.GetByteCount(word) > MaxStemmedBytes)
            return word;
        var w = new Word(word);
        w.Prelude();
        w.MarkRegions();
        w.Step1A();
        if (!InvariantAfterStep1A.Contains(w.ToString()))
        {
            w.Step1B();
            w.Step1C();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The word being stemmed, its regions R1 (from <see cref="_r1"/>) and R2, and Snowball's suffix tests.</summary>
    private sealed class Word(string text)
    {
        private readonly System.Text.StringBuilder _chars = new(text);
        private int _r1;
        private int _r2;

        private int Length => _chars.Length;

        public override string ToString() => _chars.ToString();

        public void Prelude()
        {
            if (Length > 0 && _chars[0] == 'y')
                _chars[0] = 'Y';
            for (var i = 1; i < Length; i++)
            {
                if (_chars[i] == 'y' && IsVowel(_chars[i - 1]))
                    _chars[i] = 'Y';
            }
        }

        public void MarkRegions()
        {
            var text = ToString();
            var prefix = RegionPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
            _r1 = prefix?.Length ?? AfterVowelThenConsonant(0);
            _r2 = AfterVowelThenConsonant(_r1);
        }

        public void Step1A()
        {
            if (EndsWith("sses"))
                Replace(4, "ss");
            else if (EndsWith("ied") || EndsWith("ies"))
                Replace(3, Length - 3 >= 2 ? "i" : "ie");
            else if (EndsWith("us") || EndsWith("ss"))
                return;
            else if (EndsWith("s") && HasVowel(0, Length - 2))
                Replace(1, "");
        }

        public void Step1B()
        {
            var eed = EndsWith("eedly") ? 5 : EndsWith("eed") ? 3 : 0;
            if (eed > 0)
            {
                if (Length - eed >= _r1)
                    Replace(eed, "ee");
                return;
            }
            var suffix = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
            if (suffix == 0 || !HasVowel(0, Length - suffix))
                return;
            Replace(suffix, "");
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
                _chars.Append('e');
            else if (Length >= 2 && _chars[^1] == _chars[^2] && _chars[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
                _chars.Length--;
            else if (_r1 == Length && EndsInShortSyllable(Length))
                _chars.Append('e');
        }

        public void Step1C()
        {
            if (Length > 2 && _chars[^1] is 'y' or 'Y' && !IsVowel(_chars[^2]))
                _chars[^1] = 'i';
        }

        public void Step2()
        {
            var (suffix, replacement) = Longest(Step2Suffixes);
            if (suffix is null || Length - suffix.Length < _r1)
                return;
            var before = Length - suffix.Length - 1;
            if (suffix == "ogi" && (before < 0 || _chars[before] != 'l'))
                return;
            if (suffix == "li" && (before < 0 || _chars[before] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')))
                return;
            Replace(suffix.Length, replacement);
        }

        public void Step3()
        {
            var (suffix, replacement) = Longest(Step3Suffixes);
            if (suffix is null || Length - suffix.Length < _r1)
                return;
            if (suffix == "ative" && Length - suffix.Length < _r2)
                return;
            Replace(suffix.Length, replacement);
        }

        public void Step4()
        {
            var suffix = Step4Suffixes.Where(EndsWith).MaxBy(s => s.Length);
            if (suffix is null || Length - suffix.Length < _r2)
                return;
            var before = Length - suffix.Length - 1;
            if (suffix == "ion" && (before < 0 || _chars[before] is not ('s' or 't')))
                return;
            Replace(suffix.Length, "");
        }

        public void Step5()
        {
            var start = Length - 1;
            if (start < 0)
                return;
            if (_chars[start] == 'e' && (start >= _r2 || (start >= _r1 && !EndsInShortSyllable(start))))
                Replace(1, "");
            else if (_chars[start] == 'l' && start >= _r2 && start > 0 && _chars[start - 1] == 'l')
                Replace(1, "");
        }

        /// <summary>A consonant (not w, x or Y) after a vowel after a consonant, or a vowel then a consonant opening the word.</summary>
        private bool EndsInShortSyllable(int end)
        {
            if (end >= 3 && !IsVowel(_chars[end - 1]) && _chars[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(_chars[end - 2]) && !IsVowel(_chars[end - 3]))
                return true;
            return end == 2 && !IsVowel(_chars[1]) && IsVowel(_chars[0]);
        }

        private int AfterVowelThenConsonant(int from)
        {
            var i = from;
            while (i < Length && !IsVowel(_chars[i]))
                i++;
            while (i < Length && IsVowel(_chars[i]))
                i++;
            return i < Length ? i + 1 : Length;
        }

        private bool HasVowel(int from, int toExclusive)
        {
            for (var i = from; i < toExclusive; i++)
            {
                if (IsVowel(_chars[i]))
                    return true;
            }
            return false;
        }

        private (string? Suffix, string Replacement) Longest((string Suffix, string Replacement)[] suffixes)
        {
            var best = (Suffix: (string?)null, Replacement: "");
            foreach (var candidate in suffixes)
            {
                if (EndsWith(candidate.Suffix) && candidate.Suffix.Length > (best.Suffix?.Length ?? 0))
                    best = candidate;
            }
            return best;
        }

        private bool EndsWith(string suffix)
        {
            if (suffix.Length > Length)
                return false;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (_chars[Length - suffix.Length + i] != suffix[i])
                    return false;
            }
            return true;
        }

        private void Replace(int suffixLength, string replacement)
        {
            _chars.Length -= suffixLength;
            _chars.Append(replacement);
        }
    }
}
