using System.Numerics;

namespace FashionWallet.Geometry;

internal static class MeshMeasures
{
    public static double SignedVolume(ReadOnlySpan<Vector3> positions, ReadOnlySpan<int> indices)
    {
        var sum = 0.0;
        for (var t = 0; t < indices.Length; t += 3)
            sum += Vector3.Dot(positions[indices[t]], Vector3.Cross(positions[indices[t + 1]], positions[indices[t + 2]]));
        return sum / 6;
    }

    public static double Area(ReadOnlySpan<Vector3> positions, ReadOnlySpan<int> indices)
    {
        var sum = 0.0;
        for (var t = 0; t < indices.Length; t += 3)
            sum += TriangleArea(positions[indices[t]], positions[indices[t + 1]], positions[indices[t + 2]]);
        return sum;
    }

    public static float TriangleArea(Vector3 a, Vector3 b, Vector3 c) => Vector3.Cross(b - a, c - a).Length() * 0.5f;
}
