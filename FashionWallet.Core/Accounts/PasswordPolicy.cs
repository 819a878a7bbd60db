using System.Reflection;
using System.Text;

namespace FashionWallet.Accounts;

/// <summary>
/// Password strength: 8 to 128 characters with upper and lower case letters, a digit and a symbol; not a common
/// password in disguise ("P@ssw0rd2024!" is "password"); not containing the person's email name or display name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly HashSet<string> CommonBaseWords = LoadCommonBaseWords();

    /// <summary>Every reason the password is refused; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password, string? email = null, string? displayName = null)
    {
        if (string.IsNullOrEmpty(password))
            return ["Enter a password."];
        var problems = new List<string>();
        if (password.Length < MinLength)
            problems.Add($"Use at least {MinLength} characters.");
        if (password.Length > MaxLength)
            problems.Add($"Use at most {MaxLength} characters.");
        if (!password.Any(char.IsUpper) || !password.Any(char.IsLower))
            problems.Add("Use both upper and lower case letters.");
        if (!password.Any(char.IsDigit))
            problems.Add("Use at least one digit.");
        if (password.All(c => char.IsLetterOrDigit(c)))
            problems.Add("Use at least one symbol, such as ! ? # or a space.");
        if (IsCommon(password))
            problems.Add("This is one of the most common passwords (even with digits or symbols added); choose something less predictable.");
        if (ContainsPersonalWord(password, email, displayName))
            problems.Add("Do not use your name or email address in your password.");
        return problems;
    }

    /// <summary>
    /// Common when, after undoing the usual substitutions (@ for a, 0 for o...), a common word accounts for every letter
    /// of the password, the rest being digits and symbols; or when its letters are a run or a repetition ("abcd", "aaaa").
    /// </summary>
    public static bool IsCommon(string password)
    {
        var lowered = password.ToLowerInvariant();
        var substituted = Substitute(lowered);
        foreach (var word in CommonBaseWords)
        {
            for (var at = substituted.IndexOf(word, StringComparison.Ordinal); at >= 0; at = substituted.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (!lowered[..at].Any(char.IsLetter) && !lowered[(at + word.Length)..].Any(char.IsLetter))
                    return true;
            }
        }
        var letters = new string(lowered.Where(char.IsLetter).ToArray());
        return letters.Length < 4 || letters.Distinct().Count() <= 2 || "abcdefghijklmnopqrstuvwxyz".Contains(letters, StringComparison.Ordinal)
            || "qwertyuiopasdfghjklzxcvbnm".Contains(letters, StringComparison.Ordinal);
    }

    private static string Substitute(string lowered)
    {
        var builder = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
        {
            builder.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '5' or '$' => 's',
                '7' or '+' => 't',
                _ => c,
            });
        }
        return builder.ToString();
    }

    private static bool ContainsPersonalWord(string password, string? email, string? displayName)
    {
        var lowered = password.ToLowerInvariant();
        var words = new List<string>();
        if (email?.Split('@')[0] is { } localPart)
            words.AddRange(localPart.Split('.', '_', '-', '+'));
        if (displayName is not null)
            words.AddRange(displayName.Split(' ', '-', '\'', '.'));
        return words.Any(w => w.Length >= 3 && lowered.Contains(w.ToLowerInvariant(), StringComparison.Ordinal));
    }

    private static HashSet<string> LoadCommonBaseWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("accounts/common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        // Entries get the same substitutions as passwords, so "trustno1" in the list matches "Trustn0!".
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => Substitute(line.ToLowerInvariant()))
            .Where(word => word.Length >= 4)
            .ToHashSet(StringComparer.Ordinal);
    }
}
