using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Tests.Geometry;

/// <summary>A ring around the Y axis: genus 1.</summary>
internal sealed class TorusSurface(float majorRadius, float minorRadius) : ImplicitSurface
{
    public override Bounds3 Bounds { get; } = new(new Vector3(-majorRadius - minorRadius, -minorRadius, -majorRadius - minorRadius), new Vector3(majorRadius + minorRadius, minorRadius, majorRadius + minorRadius));

    public override float Evaluate(Vector3 point) => new Vector2(new Vector2(point.X, point.Z).Length() - majorRadius, point.Y).Length() - minorRadius;
}

/// <summary>
/// Random values on a lattice, constant around each lattice point, positive on the border: every sign pattern
/// marching cubes can meet, ambiguous faces included, on a grid whose cells match the lattice.
/// </summary>
internal sealed class LatticeNoise : ImplicitSurface
{
    public const float Spacing = 0.1f;
    private readonly int _size;
    private readonly float[] _values;

    public LatticeNoise(int seed, int size)
    {
        var random = new Random(seed);
        _size = size;
        _values = Enumerable.Range(0, size * size * size).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
    }

    public override Bounds3 Bounds => new(new Vector3(0.5f * Spacing), new Vector3((_size - 1.5f) * Spacing));

    public override float Lipschitz => 1e6f;

    public override float Evaluate(Vector3 point)
    {
        var (x, y, z) = ((int)MathF.Round(point.X / Spacing), (int)MathF.Round(point.Y / Spacing), (int)MathF.Round(point.Z / Spacing));
        if (x <= 0 || y <= 0 || z <= 0 || x >= _size - 1 || y >= _size - 1 || z >= _size - 1)
            return 1;
        return _values[(z * _size + y) * _size + x];
    }
}

internal static class TestMeshes
{
    /// <summary>A unit cube from (0,0,0) to (1,1,1), two outward triangles per face.</summary>
    public static IndexedMesh Cube()
    {
        Vector3[] corners = [.. Enumerable.Range(0, 8).Select(i => new Vector3(i & 1, (i >> 1) & 1, (i >> 2) & 1))];
        int[] indices =
        [
            0, 2, 3, 0, 3, 1, // z = 0
            4, 5, 7, 4, 7, 6, // z = 1
            0, 1, 5, 0, 5, 4, // y = 0
            2, 6, 7, 2, 7, 3, // y = 1
            0, 4, 6, 0, 6, 2, // x = 0
            1, 3, 7, 1, 7, 5, // x = 1
        ];
        return new IndexedMesh(corners, indices);
    }

    /// <summary>The mesh with normals pointing away from (0.5, 0.5, 0.5), the cube's centre.</summary>
    public static TriangleMesh WithRadialNormals(IndexedMesh mesh)
    {
        var normals = mesh.Positions.Select(p => Vector3.Normalize(p - new Vector3(0.5f))).ToArray();
        return new TriangleMesh(mesh.Positions, normals, null, mesh.Indices);
    }
}
