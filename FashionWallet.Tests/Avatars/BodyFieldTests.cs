using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Tests.Avatars;

/// <summary>The body's implicit surface honours the contract polygonisation and probing rely on.</summary>
public sealed class BodyFieldTests
{
    [Fact]
    public void Leaving_out_far_parts_changes_no_value_within_the_trusted_band()
    {
        var (full, culled, points) = FieldsAndPointsNearTheSurface();

        Assert.All(points, p =>
        {
            var exact = full.Evaluate(p);
            if (Math.Abs(exact) <= ImplicitSurface.TrustedBand)
                Assert.Equal(exact, culled.Evaluate(p), 6);
            else
                Assert.Equal(Math.Sign(exact), Math.Sign(culled.Evaluate(p)));
        });
    }

    [Fact]
    public void The_field_changes_no_faster_than_its_Lipschitz_bound_near_the_surface()
    {
        var (field, _, points) = FieldsAndPointsNearTheSurface();
        var random = new Random(3);

        Assert.All(points, p =>
        {
            var q = p + 0.02f * new Vector3((float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f);
            Assert.True(Math.Abs(field.Evaluate(p) - field.Evaluate(q)) <= field.Lipschitz * Vector3.Distance(p, q) + 1e-6, $"at {p}");
        });
    }

    /// <summary>The calibrated field of the typical woman, with and without its part grid, and points up to 8 cm off its surface.</summary>
    private static (BodyField Full, BodyField Culled, Vector3[] Points) FieldsAndPointsNearTheSurface()
    {
        var (culled, _) = BodyFitter.Fit(TypicalBodies.Woman);
        var full = new BodyField(culled.Shapes, withPartGrid: false);
        var mesh = TypicalBodies.WomanAt(BodyLevelOfDetail.Low).Mesh;
        var random = new Random(7);
        var points = Enumerable.Range(0, 4000).Select(i =>
        {
            var vertex = random.Next(mesh.VertexCount);
            return mesh.Positions[vertex] + mesh.Normals[vertex] * (0.16f * (float)random.NextDouble() - 0.08f);
        }).ToArray();
        return (full, culled, points);
    }
}
