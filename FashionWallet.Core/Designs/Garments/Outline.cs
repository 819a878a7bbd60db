using System.Numerics;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// Closed convex outlines in a section plane: the tape's hull around the body, grown outwards by a distance (so its
/// perimeter grows by 2 pi times it), and read back along rays from a centre.
/// </summary>
internal static class Outline
{
    private const float ArcStep = MathF.PI / 10;

    /// <summary>The hull grown by <paramref name="distance"/>: edges moved out along their normals, corners rounded.</summary>
    public static Vector2[] Grown(IReadOnlyList<Vector2> hull, float distance, Vector2 centre)
    {
        if (hull.Count < 3)
            return Circle(hull.Count == 0 ? centre : hull.Aggregate(Vector2.Zero, (s, p) => s + p) / hull.Count, MathF.Max(distance, 1e-3f));
        var grown = new List<Vector2>(hull.Count * 3);
        for (var i = 0; i < hull.Count; i++)
        {
            var (before, at, after) = (hull[(i + hull.Count - 1) % hull.Count], hull[i], hull[(i + 1) % hull.Count]);
            var from = MathF.Atan2(-(at - before).X, (at - before).Y);
            var to = MathF.Atan2(-(after - at).X, (after - at).Y);
            var turn = to - from;
            while (turn < 0)
                turn += 2 * MathF.PI;
            var steps = Math.Max(1, (int)MathF.Ceiling(turn / ArcStep));
            for (var s = 0; s <= steps; s++)
            {
                var angle = from + turn * s / steps;
                grown.Add(at + distance * new Vector2(MathF.Cos(angle), MathF.Sin(angle)));
            }
        }
        return [.. grown];
    }

    public static List<Vector2> Hull(IReadOnlyList<Vector2> points) => ConvexHull.Hull(points);

    public static float Perimeter(IReadOnlyList<Vector2> polygon)
    {
        var sum = 0f;
        for (var i = 0; i < polygon.Count; i++)
            sum += Vector2.Distance(polygon[i], polygon[(i + 1) % polygon.Count]);
        return sum;
    }

    /// <summary>How far from <paramref name="centre"/> (inside the polygon) the ray in <paramref name="direction"/> leaves it.</summary>
    public static float Exit(IReadOnlyList<Vector2> polygon, Vector2 centre, Vector2 direction)
    {
        var farthest = 0f;
        for (var i = 0; i < polygon.Count; i++)
        {
            var (a, b) = (polygon[i], polygon[(i + 1) % polygon.Count]);
            var edge = b - a;
            var denominator = Cross(direction, edge);
            if (MathF.Abs(denominator) < 1e-12f)
                continue;
            var toA = a - centre;
            var along = Cross(toA, edge) / denominator;
            var within = Cross(toA, direction) / denominator;
            if (within >= -1e-5f && within <= 1 + 1e-5f && along > farthest)
                farthest = along;
        }
        return farthest;
    }

    private static Vector2[] Circle(Vector2 centre, float radius) =>
        Enumerable.Range(0, 24).Select(i => centre + radius * new Vector2(MathF.Cos(i * MathF.PI / 12), MathF.Sin(i * MathF.PI / 12))).ToArray();

    private static float Cross(Vector2 a, Vector2 b) => a.X * b.Y - a.Y * b.X;
}
