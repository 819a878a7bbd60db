using System.Numerics;

namespace FashionWallet.Geometry;

public static class VertexNormals
{
    /// <summary>
    /// Area-weighted face normals summed at each vertex and normalised; on an open mesh an edge vertex sees only its
    /// own side. A vertex of degenerate triangles alone gets +Y rather than NaN.
    /// </summary>
    public static Vector3[] AreaWeighted(ReadOnlySpan<Vector3> positions, ReadOnlySpan<int> indices)
    {
        var normals = new Vector3[positions.Length];
        for (var t = 0; t < indices.Length; t += 3)
        {
            var (a, b, c) = (indices[t], indices[t + 1], indices[t + 2]);
            var face = Vector3.Cross(positions[b] - positions[a], positions[c] - positions[a]);
            normals[a] += face;
            normals[b] += face;
            normals[c] += face;
        }
        for (var i = 0; i < normals.Length; i++)
            normals[i] = normals[i].LengthSquared() > 1e-20f ? Vector3.Normalize(normals[i]) : Vector3.UnitY;
        return normals;
    }
}
