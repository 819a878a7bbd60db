using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// The free parameters of the body model, one per calibrated measurement (metres): for a girth the girth its
/// section is built with, for a length the height or reach that sets it. Blending and the tape's convex hull make
/// the measured value differ a little from the parameter; <see cref="BodyFitter"/> closes the gap.
/// </summary>
internal sealed class BodyFit
{
    /// <summary>Lengths the model sets by construction, so they need no calibration.</summary>
    public static readonly Measurement[] Exact = [Measurement.Height, Measurement.ShoulderWidth];

    /// <summary>Measurements calibrated by moving a height or a reach (added to), not by scaling a section.</summary>
    public static readonly Measurement[] Lengths = [Measurement.Inseam, Measurement.Outseam, Measurement.BackLength, Measurement.FrontLength, Measurement.ArmLength];

    private readonly float[] _values;

    private BodyFit(float[] values) => _values = values;

    public float this[Measurement measurement] => _values[(int)measurement];

    public static IEnumerable<Measurement> Calibrated => Enum.GetValues<Measurement>().Except(Exact);

    /// <summary>The first guess: girths as given, lengths less what the curves of the body add to them.</summary>
    public static BodyFit InitialGuess(BodyMeasurements target)
    {
        var values = Enum.GetValues<Measurement>().Select(m => (float)(target[m] / 100)).ToArray();
        var height = values[(int)Measurement.Height];
        values[(int)Measurement.Outseam] -= 0.004f * height;
        values[(int)Measurement.BackLength] += values[(int)Measurement.Outseam] - 0.006f * height;
        values[(int)Measurement.FrontLength] += values[(int)Measurement.Outseam] - 0.01f * height;
        values[(int)Measurement.ArmLength] -= 0.025f * height;
        // Thigh and calf blend into the knee's section, adding about 8% to its girth.
        values[(int)Measurement.Knee] *= 0.92f;
        return new BodyFit(values);
    }

    public BodyFit With(Measurement measurement, float value)
    {
        var values = (float[])_values.Clone();
        values[(int)measurement] = value;
        return new BodyFit(values);
    }
}
