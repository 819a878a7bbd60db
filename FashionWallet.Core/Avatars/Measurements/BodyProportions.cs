namespace FashionWallet.Avatars.Measurements;

/// <summary>
/// Typical measurements as fractions of stature, for an average adult build. Sources:
/// ANSUR II (US Army anthropometric survey, 2012; civilian-comparable means: women 162.9 cm, men 175.6 cm) for
/// girths and breadths; Drillis and Contini (1966) for segment lengths and landmark heights (acromion 0.818 H,
/// chest 0.720 H, crotch about 0.47 H, knee 0.285 H, upper arm 0.186 H, forearm 0.146 H); EN 13402 / ISO 8559 size
/// tables (women 165 cm, men 178 cm) for the tailoring lengths (back and front length, outseam) and the natural
/// waist, which sits higher than ANSUR's omphalion waist. Girths scale in proportion to height (isometric), which is
/// what "typical for this height" means before a weight is known.
/// </summary>
public static class BodyProportions
{
    private static readonly Dictionary<Measurement, (double Female, double Male)> RatiosToHeight = new()
    {
        [Measurement.Height] = (1.000, 1.000),
        [Measurement.ShoulderWidth] = (0.224, 0.232), // biacromial 36.5 / 162.9 and 41.0 / 175.6
        [Measurement.Neck] = (0.202, 0.221),          // neck circumference 33.0 and 38.8
        [Measurement.Chest] = (0.565, 0.570),         // bust 93 at 165, chest 101.5 at 178 (size tables)
        [Measurement.Underbust] = (0.470, 0.515),     // about 15 cm under the bust; men's chest less 9 cm
        [Measurement.Waist] = (0.470, 0.490),         // natural waist 77.5 at 165, 87 at 178
        [Measurement.HighHip] = (0.545, 0.525),       // halfway between waist and hip
        [Measurement.Hip] = (0.615, 0.565),           // buttock circumference 101.5 at 165, 100.5 at 178
        [Measurement.UpperArm] = (0.175, 0.182),      // biceps circumference, relaxed
        [Measurement.Wrist] = (0.093, 0.098),
        [Measurement.ArmLength] = (0.345, 0.348),     // 0.186 H + 0.146 H, plus the tape over the shoulder and elbow
        [Measurement.BackLength] = (0.245, 0.265),    // cervicale 0.86 H less natural waist 0.62 H / 0.60 H, over the back's curve
        [Measurement.FrontLength] = (0.206, 0.226),   // front neck point about 0.815 H to the waist
        [Measurement.Inseam] = (0.464, 0.472),        // crotch height 0.473 H / 0.477 H
        [Measurement.Outseam] = (0.627, 0.608),       // natural waist height plus the hip's curve
        [Measurement.Thigh] = (0.350, 0.325),
        [Measurement.Knee] = (0.221, 0.219),
        [Measurement.Calf] = (0.218, 0.215),
        [Measurement.Ankle] = (0.133, 0.132),         // smallest girth above the malleoli
    };

    /// <summary>A measurement's typical fraction of stature; the unspecified prior averages the two.</summary>
    public static double RatioToHeight(Measurement measurement, Sex sex)
    {
        var (female, male) = RatiosToHeight[measurement];
        return sex switch
        {
            Sex.Female => female,
            Sex.Male => male,
            _ => (female + male) / 2,
        };
    }

    public static BodyMeasurements Typical(double height, Sex sex) =>
        BodyMeasurements.From(m => m == Measurement.Height ? height : Math.Round(height * RatioToHeight(m, sex), 1), sex);
}
