using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// The last word on interpenetration: any point nearer the body than the clearance (or inside it) is moved out
/// along the field's gradient by Newton steps until it is clear. Rings are drafted clear already; this catches
/// what a section cannot see (the shoulder's slope, a sleeve's top inside the armhole, a hand beside a wide skirt).
/// </summary>
internal static class ClearancePass
{
    private const int MaximumSteps = 8;
    private const float GradientStep = 1e-3f;

    public static void Apply(ImplicitSurface body, IEnumerable<GarmentTube> tubes, float clearance)
    {
        foreach (var tube in tubes)
        {
            Parallel.ForEach(tube.Rings, ring =>
            {
                for (var k = 0; k < ring.Length; k++)
                    ring[k] = Cleared(body, ring[k], clearance);
            });
        }
    }

    private static Vector3 Cleared(ImplicitSurface body, Vector3 point, float clearance)
    {
        var target = clearance * 1.05f;
        for (var step = 0; step < MaximumSteps; step++)
        {
            var value = body.Evaluate(point);
            if (value >= clearance)
                return point;
            var gradient = Gradient(body, point);
            var slope = gradient.LengthSquared();
            if (slope < 1e-8f)
                (gradient, slope) = (Vector3.UnitY, 1);
            point += gradient * ((target - value) / slope);
        }
        return point;
    }

    private static Vector3 Gradient(ImplicitSurface body, Vector3 p) => new Vector3(
        body.Evaluate(p + new Vector3(GradientStep, 0, 0)) - body.Evaluate(p - new Vector3(GradientStep, 0, 0)),
        body.Evaluate(p + new Vector3(0, GradientStep, 0)) - body.Evaluate(p - new Vector3(0, GradientStep, 0)),
        body.Evaluate(p + new Vector3(0, 0, GradientStep)) - body.Evaluate(p - new Vector3(0, 0, GradientStep))) / (2 * GradientStep);
}
