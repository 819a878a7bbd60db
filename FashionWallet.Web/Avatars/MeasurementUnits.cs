using System.Globalization;

namespace FashionWallet.Web.Avatars;

/// <summary>How a person reads lengths and weights: centimetres and kilograms, or inches and pounds (their profile says which).</summary>
public sealed record MeasurementUnits(bool Imperial)
{
    public const double CentimetresPerInch = 2.54;
    public const double KilogramsPerPound = 0.45359237;

    public static MeasurementUnits For(string? preferredUnits) => new(preferredUnits == "imperial");

    public string Length => Imperial ? "in" : "cm";

    public string Weight => Imperial ? "lb" : "kg";

    public string ApiName => Imperial ? "imperial" : "metric";

    public double FromCentimetres(double cm) => Math.Round(Imperial ? cm / CentimetresPerInch : cm, 1);

    public string Show(double cm) => FromCentimetres(cm).ToString("0.0", CultureInfo.InvariantCulture);

    public string ShowDifference(double cm)
    {
        var value = FromCentimetres(cm);
        return (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture);
    }

    public static bool TryRead(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
