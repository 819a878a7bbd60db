using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Geometry;

public sealed class MarchingCubesTests
{
    [Theory]
    [InlineData(0.05f, 0.01)]
    [InlineData(0.02f, 0.002)]
    public void A_sphere_becomes_one_closed_outward_genus_0_surface_enclosing_its_volume(float cellSize, double volumeTolerance)
    {
        var sphere = new SphereSurface(new Vector3(0.1f, 0.2f, 0.3f), 0.5f);

        var mesh = MarchingCubes.Polygonise(sphere, cellSize);

        var topology = MeshTopology.Analyse(mesh, minimumArea: 0);
        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal((1, 0, 0), (topology.Components, topology.Genus, topology.DegenerateTriangles));
        var exact = 4 / 3.0 * Math.PI * 0.5 * 0.5 * 0.5;
        Assert.InRange(mesh.SignedVolume() / exact, 1 - volumeTolerance, 1);
        Assert.All(mesh.Positions, p => Assert.InRange(Vector3.Distance(p, new Vector3(0.1f, 0.2f, 0.3f)), 0.5f - 0.02f * cellSize, 0.5f + 0.001f));
    }

    [Fact]
    public void A_torus_keeps_its_hole()
    {
        var topology = MeshTopology.Analyse(MarchingCubes.Polygonise(new TorusSurface(0.45f, 0.2f), 0.03f));

        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal(1, topology.Genus);
    }

    [Fact]
    public void Grid_points_exactly_on_the_surface_give_no_coincident_vertices()
    {
        // Centred on a grid point with a radius of whole cells: some samples are exactly zero.
        var mesh = MarchingCubes.Polygonise(new SphereSurface(new Vector3(-0.15f, -0.15f, -0.15f), 0.15f), 0.05f);

        var topology = MeshTopology.Analyse(mesh, minimumArea: 1e-12);
        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal(0, topology.DegenerateTriangles);
        Assert.Equal(mesh.Positions.Length, mesh.Positions.Distinct().Count());
    }

    [Fact]
    public void Every_random_field_including_ambiguous_faces_and_cells_gives_a_closed_oriented_manifold()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var topology = MeshTopology.Analyse(MarchingCubes.Polygonise(new LatticeNoise(seed, size: 9), LatticeNoise.Spacing), minimumArea: 0);
            return topology.IsClosedOrientedManifold && topology.DegenerateTriangles == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
