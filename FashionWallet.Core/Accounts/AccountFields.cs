using System.Globalization;
using System.Net.Mail;

namespace FashionWallet.Accounts;

/// <summary>Validation of the fields a person types, with messages written for them.</summary>
public static class AccountFields
{
    public const int MaxEmailLength = 255;
    public const int MaxDisplayNameLength = 100;

    /// <summary>Trimmed and lower-cased, or null when the text is not an email address (with the reason).</summary>
    public static string? NormalizeEmail(string? email, out string? problem)
    {
        problem = null;
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length == 0)
            problem = "Enter your email address.";
        else if (trimmed.Length > MaxEmailLength)
            problem = $"An email address has at most {MaxEmailLength} characters.";
        else if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !parsed.Host.Contains('.')
                 || parsed.Host.StartsWith('.') || parsed.Host.EndsWith('.') || trimmed.Any(char.IsWhiteSpace))
            problem = "Enter an email address such as name@example.com.";
        return problem is null ? trimmed.ToLowerInvariant() : null;
    }

    /// <summary>1 to 100 characters: letters of any script, spaces, hyphens, apostrophes and full stops.</summary>
    public static string? NormalizeDisplayName(string? displayName, out string? problem)
    {
        problem = null;
        var trimmed = string.Join(' ', (displayName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length == 0)
            problem = "Enter the name others will see.";
        else if (trimmed.Length > MaxDisplayNameLength)
            problem = $"A name has at most {MaxDisplayNameLength} characters.";
        else if (!trimmed.All(IsNameCharacter))
            problem = "Use letters, spaces, hyphens, apostrophes and full stops only.";
        return problem is null ? trimmed : null;
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
