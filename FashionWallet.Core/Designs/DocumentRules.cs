using System.Collections.Immutable;
using System.Globalization;

namespace FashionWallet.Designs;

/// <summary>The checks operations share, each giving a message a person can act on (null when fine).</summary>
internal static class DocumentRules
{
    public static string? Id(string? id, string what) =>
        string.IsNullOrEmpty(id) ? $"Give the {what}'s id."
        : id.Length > DesignLimits.MaxIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? $"A {what} id has 1 to {DesignLimits.MaxIdLength} letters, digits, '-' or '_'." : null;

    public static string? Name(string? name, string what) =>
        string.IsNullOrWhiteSpace(name) ? $"Give the {what} a name."
        : name.Length > DesignLimits.MaxNameLength ? $"A {what} name has at most {DesignLimits.MaxNameLength} characters."
        : name.Any(char.IsControl) ? $"A {what} name cannot contain control characters." : null;

    /// <summary>Panel and zone names: short lowercase words such as <c>front</c> or <c>left-sleeve</c>.</summary>
    public static string? Slug(string? value, string what) =>
        string.IsNullOrEmpty(value) ? $"Give the {what}."
        : value.Length > 32 || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? $"A {what} is 1 to 32 lowercase letters, digits or '-' (such as 'front' or 'left-sleeve')." : null;

    public static string? Colour(string? hex) =>
        hex is { Length: 7 } && hex[0] == '#' && hex.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF") == false
            ? null : $"'{Shorten(hex)}' is not a colour: use #rrggbb.";

    public static string NormaliseColour(string hex) => hex.ToLowerInvariant();

    public static string? Range(double value, double min, double max, string what) =>
        double.IsFinite(value) && value >= min && value <= max
            ? null : $"{what} is between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>Checks a whole set of panels (for colourways and restores), adding errors under <paramref name="field"/>.</summary>
    public static ImmutableSortedDictionary<string, PanelStyle>? Panels(IReadOnlyDictionary<string, PanelStyle?>? panels, string field, List<OperationError> errors)
    {
        if (panels is null)
            return ImmutableSortedDictionary<string, PanelStyle>.Empty;
        if (panels.Count > DesignLimits.MaxPanels)
        {
            errors.Add(new(field, $"A garment has at most {DesignLimits.MaxPanels} panels."));
            return null;
        }
        var result = ImmutableSortedDictionary.CreateBuilder<string, PanelStyle>();
        foreach (var (name, style) in panels)
        {
            if (Slug(name, "panel name") is { } problem)
            {
                errors.Add(new($"{field}.{name}", problem));
                continue;
            }
            if (style?.Colour is { } colour && Colour(colour) is { } bad)
            {
                errors.Add(new($"{field}.{name}.colour", bad));
                continue;
            }
            if (style is { IsEmpty: false })
                result[name] = style with { Colour = style.Colour is null ? null : NormaliseColour(style.Colour) };
        }
        return result.ToImmutable();
    }

    public static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "...";
}
