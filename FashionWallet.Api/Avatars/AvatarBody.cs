using System.Globalization;
using FashionWallet.Api.Security;

namespace FashionWallet.Api.Avatars;

/// <summary>What a person states about their body with the photos: height (required) and optional priors.</summary>
internal sealed record AvatarBody(decimal HeightCm, decimal? WeightKg, int? Age, string Sex)
{
    public static readonly string[] Sexes = ["female", "male", "unspecified"];

    public static AvatarBody Parse(string? heightCm, string? weightKg, string? age, string? sex, FieldErrors errors)
    {
        var height = Number(heightCm, "heightCm", 120, 250, "Your height is needed to scale the photos: enter it in centimetres, between 120 and 250.", errors, required: true);
        var weight = Number(weightKg, "weightKg", 25, 300, "A weight is between 25 and 300 kg.", errors, required: false);
        var years = Number(age, "age", 13, 120, "An age is between 13 and 120.", errors, required: false);
        var chosen = string.IsNullOrWhiteSpace(sex) ? "unspecified" : sex.Trim().ToLowerInvariant();
        if (!Sexes.Contains(chosen))
            errors.Add("sex", "Choose female, male or unspecified.");
        return new AvatarBody(height ?? 0, weight, years is null ? null : (int)years, chosen);
    }

    private static decimal? Number(string? text, string field, decimal min, decimal max, string problem, FieldErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                errors.Add(field, problem);
            return null;
        }
        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(field, problem);
            return null;
        }
        return Math.Round(value, 1);
    }

    public void ApplyTo(FashionWallet.Avatars.Avatar avatar)
    {
        avatar.HeightCm = HeightCm;
        avatar.WeightKg = WeightKg;
        avatar.Age = Age;
        avatar.Sex = Sex;
    }

    public override string ToString() => FormattableString.Invariant($"{HeightCm}|{WeightKg}|{Age}|{Sex}");
}
