using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;

namespace FashionWallet.Tests.Geometry;

public sealed class SurfaceFittingTests
{
    [Fact]
    public void Vertices_land_on_the_surface_with_radial_normals_and_better_shaped_triangles()
    {
        var sphere = new SphereSurface(Vector3.Zero, 0.5f);
        var mesh = MarchingCubes.Polygonise(sphere, 0.05f);
        var before = SmallestAngle(mesh);

        var normals = SurfaceFitting.Fit(mesh, sphere, 0.05f, relaxationRounds: 3);

        Assert.All(mesh.Positions, p => Assert.InRange(p.Length(), 0.5f - 1e-4f, 0.5f + 1e-4f));
        Assert.All(mesh.Positions.Zip(normals), pair => Assert.True(Vector3.Dot(Vector3.Normalize(pair.First), pair.Second) > 0.9998f));
        Assert.True(MeshTopology.Analyse(mesh).IsClosedOrientedManifold);
        Assert.True(SmallestAngle(mesh) > Math.Max(15, 2 * before), $"smallest angle {SmallestAngle(mesh):0.0} degrees, {before:0.0} before fitting");
    }

    internal static double SmallestAngle(IndexedMesh mesh)
    {
        var smallest = 180.0;
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            var corners = new[] { mesh.Positions[mesh.Indices[t]], mesh.Positions[mesh.Indices[t + 1]], mesh.Positions[mesh.Indices[t + 2]] };
            for (var k = 0; k < 3; k++)
            {
                var (a, b, c) = (corners[k], corners[(k + 1) % 3], corners[(k + 2) % 3]);
                var cosine = Vector3.Dot(Vector3.Normalize(b - a), Vector3.Normalize(c - a));
                smallest = Math.Min(smallest, Math.Acos(Math.Clamp(cosine, -1, 1)) * 180 / Math.PI);
            }
        }
        return smallest;
    }
}
