using System.Globalization;

namespace FashionWallet.Catalog;

/// <summary>Collects per-field errors with one consistent wording for the common rules.</summary>
internal sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string field, string reason) => _errors.Add(new FieldError(field, reason));

    /// <summary>Trimmed text within length limits and free of control characters; null when refused.</summary>
    public string? Text(string field, string? value, int maxLength, bool required, bool multiline = false)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
                Add(field, "is required");
            return required ? null : "";
        }
        if (text.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters (got {text.Length})");
            return null;
        }
        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\t')) || !IsWellFormed(text))
        {
            Add(field, multiline ? "must not contain control characters other than line breaks and tabs" : "must not contain control characters or line breaks");
            return null;
        }
        return text;
    }

    public string? OneOf(string field, string? value, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"is required: one of {string.Join(", ", allowed)}");
            return null;
        }
        if (allowed.Contains(value))
            return value;
        Add(field, $"'{Shorten(value)}' is not allowed: use one of {string.Join(", ", allowed)}");
        return null;
    }

    public void Range(string field, decimal value, decimal min, decimal max, string unit = "")
    {
        if (value < min || value > max)
            Add(field, $"must be between {Format(min)} and {Format(max)}{unit} (got {Format(value)})");
    }

    public void Count<T>(string field, IReadOnlyList<T>? items, int min, int max, string what)
    {
        var count = items?.Count ?? 0;
        if (count < min || count > max)
            Add(field, min == max ? $"must list exactly {min} {what}" : $"must list {min} to {max} {what} (got {count})");
    }

    public void Colours(string field, IReadOnlyList<Colourway>? colours, int min, int max)
    {
        Count(field, colours, min, max, "colours");
        for (var i = 0; i < (colours?.Count ?? 0); i++)
        {
            Text($"{field}[{i}].name", colours![i].Name, 40, required: true);
            if (!Colour.TryParseHex(colours[i].Hex, out _))
                Add($"{field}[{i}].hex", $"'{Shorten(colours[i].Hex)}' is not a colour: use #rrggbb");
        }
    }

    public static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "...";

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }
}
