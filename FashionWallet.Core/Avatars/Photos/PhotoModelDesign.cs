using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// Which features each prediction may use: the level heights from the anchors, each girth from the width, depth and
/// perimeter of its section, lengths from the heights found. Height and sex come into every one, and the weight
/// when the person gave it, so a model can fall back on proportion where the photo says little (a wrist is a few
/// pixels wide; a weight says much about it). The coefficients are fitted by the calibration command
/// (<c>avatar-calibration</c> in benchmarks) and kept in <see cref="PhotoCalibration"/>.
/// </summary>
public static class PhotoModelDesign
{
    private static readonly string[] Stature = ["height", "female", "male"];

    private static readonly string[] Priors = [.. Stature, "weight", "weightGiven", "femaleWeight", "femaleWeightGiven"];

    public static readonly string[] LevelFeatures = [.. Stature, "crotch", "armpit", "acromion", "neckHeight", "hipLandmark", "kneeLandmark", "ankleLandmark"];

    public static string[] FeaturesOf(Measurement measurement) => measurement switch
    {
        Measurement.ShoulderWidth => [.. Priors, "shoulderLandmarks", "shoulderOuter", "armpitOuter", "upperArmWidth"],
        Measurement.Neck => [.. Priors, "neckWidth", "neckDepth", "neckEllipse"],
        Measurement.Chest => Section("Chest", "ChestFullest"),
        Measurement.Underbust => Section("Underbust"),
        Measurement.Waist => Section("Waist", "WaistNarrowest"),
        Measurement.HighHip => Section("HighHip"),
        Measurement.Hip => Section("Hip", "HipFullest"),
        Measurement.Thigh => Section("Thigh"),
        Measurement.Knee => Section("Knee"),
        Measurement.Calf => Section("Calf"),
        Measurement.Ankle => Section("Ankle"),
        Measurement.UpperArm => [.. Priors, "upperArmWidth"],
        Measurement.Wrist => [.. Priors, "wristWidth"],
        Measurement.ArmLength => [.. Priors, "armLandmarks", "armReach", "acromion", "shoulderLandmarks"],
        Measurement.BackLength or Measurement.FrontLength => [.. Priors, "acromion", "armpit", "crotch", "neckHeight", "levelWaist"],
        Measurement.Inseam => [.. Priors, "crotch"],
        Measurement.Outseam => [.. Priors, "crotch", "armpit", "acromion", "levelWaist", "HipWidth"],
        _ => throw new ArgumentOutOfRangeException(nameof(measurement), measurement, "Height is stated, not predicted."),
    };

    /// <summary>What the person stated rather than what the photos show: zero is a real value (a man, no weight given).</summary>
    public static bool IsStated(string feature) => Priors.Contains(feature);

    /// <summary>Every measurement read from the photos; the height is the one stated.</summary>
    public static IEnumerable<Measurement> Predicted => Enum.GetValues<Measurement>().Where(m => m != Measurement.Height);

    private static string[] Section(string level, params string[] extra) => [.. Priors, $"{level}Width", $"{level}Depth", $"{level}Ellipse", .. extra];
}
