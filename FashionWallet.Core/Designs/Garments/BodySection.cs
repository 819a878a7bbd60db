using System.Numerics;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// The outline a tape would read around part of the body in a plane: rays come in from outside towards the centre
/// and stop where they first meet the surface; the hull of those points bridges hollows (between the legs, under
/// the bust). Plane coordinates are relative to the centre, along U and V.
/// </summary>
internal sealed record BodySection(Vector3 Centre, Vector3 U, Vector3 V, List<Vector2> Hull)
{
    private const int Rays = 40;

    public float Girth => Hull.Count < 3 ? 0 : Outline.Perimeter(Hull);

    /// <summary>
    /// The section of <paramref name="surface"/> around <paramref name="centre"/>. With a midline side (+1 or -1),
    /// rays start no further than the plane x = 0, as for one leg; where the legs touch there, the midline is the edge.
    /// </summary>
    public static BodySection Cut(ImplicitSurface surface, Vector3 centre, Vector3 u, Vector3 v, float reach, int midlineSide = 0)
    {
        var slice = new ImplicitProbe(surface).Slice(new PlaneFrame(centre, u, v));
        var points = new List<Vector2>(Rays);
        for (var i = 0; i < Rays; i++)
        {
            var angle = 2 * MathF.PI * i / Rays;
            var direction = new Vector2(MathF.Cos(angle), MathF.Sin(angle));
            var start = reach;
            var towardsMidline = midlineSide != 0 && MathF.Sign(direction.X) == -midlineSide;
            if (towardsMidline)
                start = MathF.Min(start, MathF.Abs(centre.X / direction.X));
            var origin = direction * start;
            if (towardsMidline && surface.Evaluate(centre + origin.X * u + origin.Y * v) < 0)
            {
                points.Add(origin);
                continue;
            }
            var travelled = slice.FirstCrossing(origin, -direction, start);
            if (travelled < start)
                points.Add(direction * (start - travelled));
        }
        return new BodySection(centre, u, v, Outline.Hull(points));
    }

    /// <summary>The ring around this section grown by <paramref name="distance"/>, read at the given angles (from U towards V).</summary>
    public Vector3[] Ring(float distance, IReadOnlyList<float> angles)
    {
        var grown = Outline.Grown(Hull, distance, Vector2.Zero);
        var ring = new Vector3[angles.Count];
        for (var k = 0; k < angles.Count; k++)
        {
            var direction = new Vector2(MathF.Cos(angles[k]), MathF.Sin(angles[k]));
            var radius = Outline.Exit(grown, Vector2.Zero, direction);
            ring[k] = Centre + radius * (direction.X * U + direction.Y * V);
        }
        return ring;
    }

    public static float[] EvenAngles(int count) => Enumerable.Range(0, count).Select(k => 2 * MathF.PI * k / count).ToArray();
}
