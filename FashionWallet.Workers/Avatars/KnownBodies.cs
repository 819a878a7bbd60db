using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// Bodies with a realistic spread around <see cref="BodyProportions"/>, for calibration and accuracy runs: heights
/// by sex (women 163 +/- 7 cm, men 176 +/- 7.5 cm), a build that moves every girth together (log-normal, sd 11%,
/// waist most and wrists least), each girth's own variation on top (3-5%), and lengths that trade legs against
/// torso at a fixed height. Every sample passes <see cref="MeasurementValidation"/> without errors.
/// </summary>
public static class KnownBodies
{
    private static readonly Dictionary<Measurement, (double BuildExponent, double OwnSpread)> Girths = new()
    {
        [Measurement.ShoulderWidth] = (0.3, 0.03),
        [Measurement.Neck] = (0.6, 0.03),
        [Measurement.Chest] = (1.0, 0.03),
        [Measurement.Underbust] = (1.0, 0.03),
        [Measurement.Waist] = (1.4, 0.05),
        [Measurement.HighHip] = (1.2, 0.04),
        [Measurement.Hip] = (1.0, 0.035),
        [Measurement.UpperArm] = (1.2, 0.05),
        [Measurement.Wrist] = (0.5, 0.03),
        [Measurement.Thigh] = (1.1, 0.045),
        [Measurement.Knee] = (0.8, 0.03),
        [Measurement.Calf] = (0.8, 0.04),
        [Measurement.Ankle] = (0.5, 0.03),
    };

    public static BodyMeasurements Sample(Random random)
    {
        var sex = random.NextDouble() switch { < 0.45 => Sex.Female, < 0.9 => Sex.Male, _ => Sex.Unspecified };
        return Sample(random, sex);
    }

    public static BodyMeasurements Sample(Random random, Sex sex)
    {
        while (true)
        {
            var (mean, spread) = sex switch { Sex.Female => (163.0, 7.0), Sex.Male => (176.0, 7.5), _ => (170.0, 8.0) };
            var height = Math.Round(Math.Clamp(mean + spread * Normal(random), 148, 200), 1);
            var typical = BodyMeasurements.Typical(height, sex);
            var build = Math.Exp(Math.Clamp(0.11 * Normal(random), -0.22, 0.33));
            var legs = 0.02 * Normal(random);
            double Varied(double value, double logChange) => Math.Round(value * Math.Exp(logChange), 1);
            var body = BodyMeasurements.From(m => m switch
            {
                Measurement.Height => height,
                _ when Girths.TryGetValue(m, out var g) => Varied(typical[m], g.BuildExponent * Math.Log(build) + Math.Clamp(g.OwnSpread * Normal(random), -2.5 * g.OwnSpread, 2.5 * g.OwnSpread)),
                Measurement.Inseam => Varied(typical[m], legs + 0.01 * Normal(random)),
                Measurement.Outseam => Varied(typical[m], 0.8 * legs + 0.01 * Normal(random)),
                Measurement.BackLength or Measurement.FrontLength => Varied(typical[m], -0.5 * legs + 0.015 * Normal(random)),
                _ => Varied(typical[m], 0.02 * Normal(random)),
            }, sex);
            if (!body.Validate().Any(i => i.Severity == IssueSeverity.Error))
                return body;
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
