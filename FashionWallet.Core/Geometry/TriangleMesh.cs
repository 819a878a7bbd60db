using System.Numerics;

namespace FashionWallet.Geometry;

/// <summary>
/// A render-ready triangle mesh: positions (metres, Y up), unit normals, optional texture coordinates and
/// counter-clockwise triangles. Vertices on a texture seam are duplicated with identical positions.
/// </summary>
public sealed class TriangleMesh
{
    private readonly Vector3[] _positions;
    private readonly Vector3[] _normals;
    private readonly Vector2[]? _texCoords;
    private readonly int[] _indices;

    public TriangleMesh(Vector3[] positions, Vector3[] normals, Vector2[]? texCoords, int[] indices)
    {
        if (normals.Length != positions.Length || (texCoords is not null && texCoords.Length != positions.Length))
            throw new ArgumentException("Normals and texture coordinates need one entry per position.");
        if (indices.Length % 3 != 0)
            throw new ArgumentException("Triangles need three indices each.", nameof(indices));
        foreach (var index in indices)
        {
            if ((uint)index >= (uint)positions.Length)
                throw new ArgumentException($"Index {index} is outside the {positions.Length} vertices.", nameof(indices));
        }
        (_positions, _normals, _texCoords, _indices) = (positions, normals, texCoords, indices);
    }

    public ReadOnlySpan<Vector3> Positions => _positions;

    public ReadOnlySpan<Vector3> Normals => _normals;

    public ReadOnlySpan<Vector2> TexCoords => _texCoords;

    public bool HasTexCoords => _texCoords is not null;

    public ReadOnlySpan<int> Indices => _indices;

    public int VertexCount => _positions.Length;

    public int TriangleCount => _indices.Length / 3;

    public Bounds3 Bounds() => Bounds3.Of(_positions);

    /// <summary>The enclosed volume in cubic metres (positive when the triangles face outwards).</summary>
    public double SignedVolume() => MeshMeasures.SignedVolume(_positions, _indices);

    public double Area() => MeshMeasures.Area(_positions, _indices);
}
