using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Calibrates the body model until its implicit surface, measured by <see cref="BodyTape"/>, reads the target
/// measurements. Each parameter is corrected on its own (blends couple them only weakly) by a secant step: the
/// response seen in the previous round, or a nominal one (a length moves its measurement one to one, a girth
/// scales it) when that response is missing or implausible, as where the thighs rather than the hip section
/// decide the hip girth.
/// </summary>
internal static class BodyFitter
{
    private const int MaximumRounds = 10;
    private const double ToleranceCm = 0.05;

    public static (BodyField Field, Skeleton Skeleton) Fit(BodyMeasurements target)
    {
        var fit = BodyFit.InitialGuess(target);
        (BodyFit Fit, BodyMeasurements Measured)? previous = null;
        for (var round = 0; ; round++)
        {
            var (shapes, skeleton) = BodyLayout.Create(target, fit);
            var measured = round < MaximumRounds ? BodyTape.Measure(new ImplicitProbe(new BodyField(shapes, withPartGrid: false)), skeleton) : target;
            if (round == MaximumRounds || BodyFit.Calibrated.Max(m => Math.Abs(measured[m] - target[m])) < ToleranceCm)
                return (new BodyField(shapes, withPartGrid: true), skeleton);
            var next = BodyFit.Calibrated.Aggregate(fit, (corrected, m) => corrected.With(m, Corrected(m, target[m], fit[m], measured[m], previous)));
            (previous, fit) = ((fit, measured), next);
        }
    }

    private static float Corrected(Measurement measurement, double targetCm, float parameter, double measuredCm, (BodyFit Fit, BodyMeasurements Measured)? previous)
    {
        var isLength = BodyFit.Lengths.Contains(measurement);
        var nominal = isLength ? 100 : measuredCm / parameter;
        var response = nominal;
        if (previous is var (previousFit, previousMeasured) && MathF.Abs(parameter - previousFit[measurement]) > 1e-5f)
        {
            var observed = (measuredCm - previousMeasured[measurement]) / (parameter - previousFit[measurement]);
            if (observed > 0.2 * nominal && observed < 3 * nominal)
                response = observed;
        }
        var limit = isLength ? 0.05 : 0.3 * parameter;
        return parameter + (float)Math.Clamp((targetCm - measuredCm) / response, -limit, limit);
    }
}
