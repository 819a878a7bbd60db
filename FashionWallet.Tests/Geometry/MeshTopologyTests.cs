using System.Numerics;
using FashionWallet.Geometry;

namespace FashionWallet.Tests.Geometry;

public sealed class MeshTopologyTests
{
    [Fact]
    public void A_cube_is_a_closed_oriented_sphere()
    {
        var topology = MeshTopology.Analyse(TestMeshes.Cube());

        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal((8, 18, 12, 2, 0, 1), (topology.Vertices, topology.Edges, topology.Faces, topology.EulerCharacteristic, topology.Genus, topology.Components));
        Assert.Equal(1.0, TestMeshes.Cube().SignedVolume(), 6);
    }

    [Fact]
    public void A_missing_triangle_leaves_three_boundary_edges()
    {
        var cube = TestMeshes.Cube();

        var topology = MeshTopology.Analyse(cube.Positions, cube.Indices.AsSpan(3));

        Assert.Equal(3, topology.BoundaryEdges);
        Assert.False(topology.IsClosedOrientedManifold);
    }

    [Fact]
    public void A_flipped_triangle_disagrees_with_its_three_neighbours()
    {
        var indices = TestMeshes.Cube().Indices;
        (indices[1], indices[2]) = (indices[2], indices[1]);

        var topology = MeshTopology.Analyse(TestMeshes.Cube().Positions, indices);

        Assert.Equal(3, topology.InconsistentlyOrientedEdges);
        Assert.Equal(0, topology.BoundaryEdges);
    }

    [Fact]
    public void Two_cubes_touching_along_an_edge_make_it_non_manifold()
    {
        var (positions, indices) = TwoCubes(new Vector3(1, 1, 0));

        var topology = MeshTopology.Analyse(positions, indices);

        Assert.Equal(1, topology.NonManifoldEdges);
        Assert.False(topology.IsClosedOrientedManifold);
    }

    [Fact]
    public void Two_cubes_touching_at_a_corner_make_it_a_non_manifold_vertex()
    {
        var (positions, indices) = TwoCubes(new Vector3(1, 1, 1));

        var topology = MeshTopology.Analyse(positions, indices);

        Assert.Equal((0, 0, 1, 1), (topology.BoundaryEdges, topology.NonManifoldEdges, topology.NonManifoldVertices, topology.Components));
    }

    [Fact]
    public void Vertices_duplicated_along_a_seam_are_welded_by_position()
    {
        var cube = TestMeshes.Cube();
        var positions = cube.Positions.Append(cube.Positions[0]).ToArray();
        var indices = (int[])cube.Indices.Clone();
        indices[0] = 8;

        var topology = MeshTopology.Analyse(positions, indices);

        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal(8, topology.Vertices);
    }

    [Fact]
    public void Triangles_without_area_are_degenerate()
    {
        Vector3[] positions = [Vector3.Zero, Vector3.UnitX, 2 * Vector3.UnitX, Vector3.UnitY];

        var topology = MeshTopology.Analyse(positions, [0, 1, 2, 0, 1, 3, 0, 0, 3]);

        Assert.Equal(2, topology.DegenerateTriangles);
    }

    private static (Vector3[] Positions, int[] Indices) TwoCubes(Vector3 offset)
    {
        var cube = TestMeshes.Cube();
        var positions = cube.Positions.Concat(cube.Positions.Select(p => p + offset)).ToArray();
        var indices = cube.Indices.Concat(cube.Indices.Select(i => i + 8)).ToArray();
        return (positions, indices);
    }
}
