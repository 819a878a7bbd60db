using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Sections;

/// <summary>
/// Probes an implicit surface by marching along each ray (steps the value proves safe, never beyond the trusted band)
/// and refining the crossing by regula falsi.
/// </summary>
public sealed class ImplicitProbe(ImplicitSurface surface) : ISurfaceProbe
{
    private const float MinimumStep = 5e-4f;
    private const int Refinements = 4;

    public ISurfaceSlice Slice(PlaneFrame plane) => new RayMarcher(surface, plane);

    private sealed class RayMarcher(ImplicitSurface surface, PlaneFrame plane) : ISurfaceSlice
    {
        public float FirstCrossing(Vector2 origin, Vector2 direction, float maximumDistance)
        {
            var start = plane.ToWorld(origin);
            var step = direction.X * plane.U + direction.Y * plane.V;
            var startValue = surface.Evaluate(start);
            var (before, beforeValue, at) = (0f, startValue, 0f);
            while (true)
            {
                at = MathF.Min(at + MathF.Max(MathF.Min(MathF.Abs(beforeValue), ImplicitSurface.TrustedBand) / surface.Lipschitz, MinimumStep), maximumDistance);
                var value = surface.Evaluate(start + at * step);
                if ((value < 0) != (startValue < 0))
                    return Refine(start, step, before, beforeValue, at, value);
                if (at >= maximumDistance)
                    return maximumDistance;
                (before, beforeValue) = (at, value);
            }
        }

        /// <summary>Regula falsi (Illinois variant) between a point on the start's side and one across the surface.</summary>
        private float Refine(Vector3 start, Vector3 step, float same, float sameValue, float crossed, float crossedValue)
        {
            var keptSide = 0;
            for (var k = 0; k < Refinements; k++)
            {
                var guess = same + (crossed - same) * sameValue / (sameValue - crossedValue);
                var value = surface.Evaluate(start + guess * step);
                if ((value < 0) == (sameValue < 0))
                {
                    (same, sameValue) = (guess, value);
                    if (keptSide == -1)
                        crossedValue *= 0.5f;
                    keptSide = -1;
                }
                else
                {
                    (crossed, crossedValue) = (guess, value);
                    if (keptSide == 1)
                        sameValue *= 0.5f;
                    keptSide = 1;
                }
            }
            return same + (crossed - same) * sameValue / (sameValue - crossedValue);
        }
    }
}
