using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;

namespace FashionWallet.Tests.Geometry;

public sealed class DecimatorTests
{
    [Fact]
    public void A_sphere_is_reduced_to_the_budget_and_stays_a_closed_genus_0_sphere()
    {
        var sphere = new SphereSurface(Vector3.Zero, 0.5f);
        var dense = MarchingCubes.Polygonise(sphere, 0.02f);
        SurfaceFitting.Fit(dense, sphere, 0.02f, relaxationRounds: 2);

        var (mesh, sources) = Decimator.Decimate(dense, 2000);

        Assert.Equal(2000, mesh.TriangleCount);
        var topology = MeshTopology.Analyse(mesh, minimumArea: 1e-9);
        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal((0, 0, 1), (topology.Genus, topology.DegenerateTriangles, topology.Components));
        Assert.Equal(mesh.Positions, sources.Select(v => dense.Positions[v]));
        Assert.InRange(mesh.SignedVolume() / dense.SignedVolume(), 0.97, 1.001);
    }

    [Fact]
    public void A_torus_keeps_its_hole_down_to_a_few_hundred_triangles()
    {
        var dense = MarchingCubes.Polygonise(new TorusSurface(0.45f, 0.2f), 0.02f);

        var (mesh, _) = Decimator.Decimate(dense, 400);

        var topology = MeshTopology.Analyse(mesh);
        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal(1, topology.Genus);
        Assert.Equal(400, mesh.TriangleCount);
    }
}
