using System.Globalization;

namespace FashionWallet.Web.Avatars;

/// <summary>
/// The photo form as posted: the stated values converted to what the API takes (centimetres, kilograms), the
/// values as typed (to show them again), and the problems found before anything was sent.
/// </summary>
public sealed class PhotoForm
{
    public Dictionary<string, string> ApiFields { get; } = [];

    public Dictionary<string, string> Typed { get; } = [];

    public Dictionary<string, string[]> Errors { get; } = [];

    public static PhotoForm Read(IFormCollection form, MeasurementUnits units)
    {
        var result = new PhotoForm();
        foreach (var (key, value) in form)
            result.Typed[key] = value.ToString();
        string? Value(string name) => result.Typed.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        if (units.Imperial)
        {
            var (feet, inches) = (Value("heightFt"), Value("heightIn"));
            if (feet is not null || inches is not null)
            {
                if (MeasurementUnits.TryRead(feet ?? "0", out var ft) && MeasurementUnits.TryRead(inches ?? "0", out var inch))
                    result.ApiFields["heightCm"] = Invariant((ft * 12 + inch) * MeasurementUnits.CentimetresPerInch);
                else
                    result.Errors["heightCm"] = ["Enter your height in feet and inches, such as 5 ft 6 in."];
            }
            if (Value("weightLb") is { } pounds)
            {
                if (MeasurementUnits.TryRead(pounds, out var lb))
                    result.ApiFields["weightKg"] = Invariant(lb * MeasurementUnits.KilogramsPerPound);
                else
                    result.Errors["weightKg"] = ["Enter a weight in pounds, such as 140."];
            }
        }
        else
        {
            foreach (var field in new[] { "heightCm", "weightKg" })
            {
                if (Value(field) is { } text)
                    result.ApiFields[field] = text.Replace(',', '.');
            }
        }
        foreach (var field in new[] { "age", "sex", "name" })
        {
            if (Value(field) is { } text)
                result.ApiFields[field] = text;
        }
        return result;
    }

    private static string Invariant(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
