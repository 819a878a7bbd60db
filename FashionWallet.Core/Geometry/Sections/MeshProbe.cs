using System.Numerics;

namespace FashionWallet.Geometry.Sections;

/// <summary>Cuts a triangle mesh exactly: each triangle straddling the plane contributes one segment of the curve.</summary>
public sealed class MeshProbe(TriangleMesh mesh) : ISurfaceProbe
{
    public ISurfaceSlice Slice(PlaneFrame plane)
    {
        var positions = mesh.Positions;
        var indices = mesh.Indices;
        var normal = plane.Normal;
        var segments = new List<(Vector2 A, Vector2 B)>();
        Span<Vector2> ends = stackalloc Vector2[2];
        for (var t = 0; t < indices.Length; t += 3)
        {
            var found = 0;
            for (var k = 0; k < 3; k++)
            {
                var (p, q) = (positions[indices[t + k]], positions[indices[t + (k + 1) % 3]]);
                var (dp, dq) = (Vector3.Dot(p - plane.Origin, normal), Vector3.Dot(q - plane.Origin, normal));
                if ((dp < 0) != (dq < 0))
                    ends[found++] = plane.ToPlane(Vector3.Lerp(p, q, dp / (dp - dq)));
            }
            if (found == 2)
                segments.Add((ends[0], ends[1]));
        }
        return new Slice2D(segments);
    }

    private sealed class Slice2D(List<(Vector2 A, Vector2 B)> segments) : ISurfaceSlice
    {
        public float FirstCrossing(Vector2 origin, Vector2 direction, float maximumDistance)
        {
            var nearest = maximumDistance;
            foreach (var (a, b) in segments)
            {
                var edge = b - a;
                var denominator = Cross(direction, edge);
                if (denominator == 0)
                    continue;
                var toA = a - origin;
                var along = Cross(toA, edge) / denominator;
                var within = Cross(toA, direction) / denominator;
                if (along >= 0 && along < nearest && within >= 0 && within <= 1)
                    nearest = along;
            }
            return nearest;
        }

        private static float Cross(Vector2 a, Vector2 b) => a.X * b.Y - a.Y * b.X;
    }
}
