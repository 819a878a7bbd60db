using System.Numerics;

namespace FashionWallet.Geometry;

/// <summary>Triangles over shared vertices, without surface attributes: what meshing and decimation work on.</summary>
/// <remarks>Triangles are counter-clockwise seen from outside (glTF's convention), three indices each.</remarks>
public sealed record IndexedMesh(Vector3[] Positions, int[] Indices)
{
    public int TriangleCount => Indices.Length / 3;

    /// <summary>The enclosed volume (positive when the triangles face outwards); meaningful for closed meshes.</summary>
    public double SignedVolume() => MeshMeasures.SignedVolume(Positions, Indices);

    public double Area() => MeshMeasures.Area(Positions, Indices);
}
