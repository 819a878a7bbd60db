using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>A mesh fitted to an implicit surface, with the surface's unit normals at its vertices.</summary>
public sealed record FittedMesh(IndexedMesh Mesh, Vector3[] Normals);

/// <summary>
/// Meshes an implicit surface to a triangle budget: marching cubes at the cell size the budget asks for (from a
/// quick coarse pass's area), vertices fitted onto the surface and evened out. Fewer triangles than the surface's
/// thinnest parts allow come from decimating a finer mesh, which keeps its topology.
/// </summary>
public static class ImplicitMesher
{
    // Marching cubes yields about this many triangles per square metre at a 1 m cell (measured on bodies and
    // spheres alike): it turns a budget into a cell size.
    private const float TrianglesPerArea = 3.1f;
    private const float EstimateCellSize = 0.04f;
    private const int RelaxationRounds = 3;

    public static FittedMesh Mesh(ImplicitSurface surface, int triangles)
    {
        var area = (float)MarchingCubes.Polygonise(surface, EstimateCellSize).Area();
        var cellSize = MathF.Sqrt(TrianglesPerArea * area / triangles);
        var mesh = MarchingCubes.Polygonise(surface, cellSize);
        return new FittedMesh(mesh, SurfaceFitting.Fit(mesh, surface, cellSize, RelaxationRounds));
    }

    /// <summary>Decimation keeps vertex positions, so they stay on the surface with their normals.</summary>
    public static FittedMesh Decimate(FittedMesh fitted, int triangles)
    {
        var (mesh, kept) = Decimator.Decimate(fitted.Mesh, triangles);
        return new FittedMesh(mesh, kept.Select(v => fitted.Normals[v]).ToArray());
    }
}
