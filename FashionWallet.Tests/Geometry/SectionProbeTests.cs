using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;
using FashionWallet.Geometry.Sections;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Geometry;

public sealed class SectionProbeTests
{
    private static readonly SphereSurface Sphere = new(new Vector3(0, 1, 0), 0.3f);

    [Theory]
    [InlineData(0f)]
    [InlineData(0.1f)]
    [InlineData(0.25f)]
    public void Rays_in_an_off_centre_plane_meet_the_sphere_where_its_circle_is(float offset)
    {
        var plane = PlaneFrame.Horizontal(new Vector3(0, 1 + offset, 0));
        var circle = MathF.Sqrt(0.09f - offset * offset);
        var mesh = FittedSphereMesh();

        foreach (var angle in new[] { 0f, 1f, 2.5f, 4f })
        {
            var direction = new Vector2(MathF.Cos(angle), MathF.Sin(angle));
            Assert.Equal(circle, new ImplicitProbe(Sphere).Slice(plane).FirstCrossing(Vector2.Zero, direction, 1), 4);
            Assert.Equal(circle, new MeshProbe(mesh).Slice(plane).FirstCrossing(Vector2.Zero, direction, 1), 2);
        }
    }

    [Fact]
    public void A_ray_from_outside_finds_the_near_side_and_a_ray_that_misses_stops_at_its_limit()
    {
        var plane = new PlaneFrame(Vector3.Zero, Vector3.UnitZ, Vector3.UnitY);
        var slice = new ImplicitProbe(Sphere).Slice(plane);

        Assert.Equal(0.4f, slice.FirstCrossing(new Vector2(0, 1.7f), -Vector2.UnitY, 2), 4);
        Assert.Equal(0.5f, slice.FirstCrossing(new Vector2(0.5f, 0), Vector2.UnitY, 0.5f));
        Assert.Equal(0.5f, new MeshProbe(TestMeshes.WithRadialNormals(TestMeshes.Cube())).Slice(PlaneFrame.Horizontal(new Vector3(0.5f))).FirstCrossing(Vector2.Zero, Vector2.UnitX, 2), 5);
    }

    [Fact]
    public void The_hull_of_a_square_and_points_inside_it_is_the_square()
    {
        Vector2[] points = [new(0, 0), new(2, 0), new(2, 2), new(0, 2), new(1, 1), new(1, 0), new(0.5f, 1.5f), new(2, 2)];

        Assert.Equal(8, ConvexHull.Perimeter(points), 6);
        Assert.Equal(4, ConvexHull.Hull(points).Count);
    }

    [Fact]
    public void A_hull_perimeter_never_exceeds_the_circle_around_its_points_nor_falls_below_twice_their_spread()
    {
        var points = Gen.Choose(0, 10_000).Select(i => 2 * MathF.PI * i / 10_000).Zip(Gen.Choose(1, 1000).Select(r => r / 1000f))
            .Select(polar => new Vector2(MathF.Cos(polar.Item1), MathF.Sin(polar.Item1)) * polar.Item2)
            .ArrayOf().Where(a => a.Length >= 2);

        Prop.ForAll(points.ToArbitrary(), cloud =>
        {
            var perimeter = ConvexHull.Perimeter(cloud);
            var spread = cloud.Max(p => cloud.Max(q => Vector2.Distance(p, q)));
            return perimeter <= 2 * Math.PI + 1e-4 && perimeter >= 2 * spread - 1e-4;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static TriangleMesh FittedSphereMesh()
    {
        var mesh = MarchingCubes.Polygonise(Sphere, 0.01f);
        var normals = SurfaceFitting.Fit(mesh, Sphere, 0.01f, relaxationRounds: 1);
        return new TriangleMesh(mesh.Positions, normals, null, mesh.Indices);
    }
}
