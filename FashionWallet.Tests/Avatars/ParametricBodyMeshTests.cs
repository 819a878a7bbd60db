using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Tests.Avatars;

/// <summary>The generated body as a mesh: closed, manifold, outward, genus 0, posed and sized as promised.</summary>
public sealed class ParametricBodyMeshTests
{
    public static TheoryData<BodyLevelOfDetail> Levels => [.. Enum.GetValues<BodyLevelOfDetail>()];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_of_detail_is_one_closed_oriented_genus_0_surface_without_degenerate_triangles(BodyLevelOfDetail level)
    {
        var mesh = TypicalBodies.WomanAt(level).Mesh;

        var topology = MeshTopology.Analyse(mesh, minimumArea: 1e-9);

        Assert.True(topology.IsClosedOrientedManifold, topology.ToString());
        Assert.Equal((1, 0, 0), (topology.Components, topology.Genus, topology.DegenerateTriangles));
        Assert.InRange(mesh.TriangleCount, 0.75 * (int)level, 1.25 * (int)level);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Triangles_face_outwards_and_agree_with_the_smooth_unit_normals(BodyLevelOfDetail level)
    {
        var mesh = TypicalBodies.WomanAt(level).Mesh;

        Assert.True(mesh.SignedVolume() > 0.03, $"volume {mesh.SignedVolume():0.000} m3");
        var (positions, normals, indices) = (mesh.Positions.ToArray(), mesh.Normals.ToArray(), mesh.Indices.ToArray());
        Assert.All(normals, n => Assert.Equal(1, n.Length(), 4));
        for (var t = 0; t < indices.Length; t += 3)
        {
            var face = Vector3.Cross(positions[indices[t + 1]] - positions[indices[t]], positions[indices[t + 2]] - positions[indices[t]]);
            var smooth = normals[indices[t]] + normals[indices[t + 1]] + normals[indices[t + 2]];
            Assert.True(Vector3.Dot(face, smooth) > 0, $"triangle {t / 3} faces inwards");
        }
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Every_triangle_is_textured_from_inside_one_region_of_the_texture(BodyLevelOfDetail level)
    {
        var mesh = TypicalBodies.WomanAt(level).Mesh;
        var (texCoords, indices) = (mesh.TexCoords.ToArray(), mesh.Indices.ToArray());

        for (var t = 0; t < indices.Length; t += 3)
        {
            var corners = new[] { texCoords[indices[t]], texCoords[indices[t + 1]], texCoords[indices[t + 2]] };
            Assert.True(BodyUvMapper.Rectangles.Any(r => corners.All(uv => uv.X >= r.X && uv.X <= r.X + r.Z && uv.Y >= r.Y && uv.Y <= r.Y + r.W)),
                $"triangle {t / 3} has texture coordinates {string.Join(", ", corners)}");
        }
    }

    [Fact]
    public void The_body_stands_on_the_floor_facing_plus_z_with_its_left_on_plus_x_in_an_A_pose()
    {
        var body = TypicalBodies.WomanAt(BodyLevelOfDetail.Medium);
        var (bounds, skeleton) = (body.Mesh.Bounds(), body.Skeleton);

        Assert.InRange(bounds.Min.Y, -1e-4, 0.002);
        Assert.Equal(1.65, bounds.Max.Y, 0.01);
        Assert.True(skeleton[BodyJoint.LeftToe].Z > skeleton[BodyJoint.LeftAnkle].Z + 0.1f);
        Assert.True(skeleton[BodyJoint.LeftShoulder].X > 0 && skeleton[BodyJoint.LeftHand].X > skeleton[BodyJoint.LeftShoulder].X);
        var arm = skeleton[BodyJoint.LeftElbow] - skeleton[BodyJoint.LeftShoulder];
        Assert.InRange(Math.Atan2(arm.X, -arm.Y) * 180 / Math.PI, 30, 45);
        // At chest height a ray out of the chest leaves the torso, crosses a gap, and passes through the arm.
        var chest = new MeshProbe(body.Mesh).Slice(PlaneFrame.Horizontal(skeleton[BodyJoint.Chest]));
        Assert.Equal(3, Crossings(chest, Vector2.UnitX, 0.8f));
        Assert.Equal(3, Crossings(chest, -Vector2.UnitX, 0.8f));
    }

    [Fact]
    public void Every_joint_on_an_axis_lies_inside_the_body()
    {
        var body = TypicalBodies.WomanAt(BodyLevelOfDetail.Medium);
        var probe = new MeshProbe(body.Mesh);
        BodyJoint[] onSurface = [BodyJoint.HeadTop, BodyJoint.Crotch, BodyJoint.LeftHand, BodyJoint.RightHand, BodyJoint.LeftToe, BodyJoint.RightToe];

        foreach (var joint in Enum.GetValues<BodyJoint>().Except(onSurface))
        {
            var slice = probe.Slice(PlaneFrame.Horizontal(body.Skeleton[joint]));
            Assert.True(Crossings(slice, Vector2.UnitX, 2) % 2 == 1, $"{joint} at {body.Skeleton[joint]} is outside");
        }
    }

    [Fact]
    public void Generating_twice_gives_the_same_mesh()
    {
        var again = ParametricBody.Generate(TypicalBodies.Woman, BodyLevelOfDetail.Medium).Mesh;
        var first = TypicalBodies.WomanAt(BodyLevelOfDetail.Medium).Mesh;

        Assert.True(first.Positions.SequenceEqual(again.Positions));
        Assert.True(first.Indices.SequenceEqual(again.Indices));
        Assert.True(first.TexCoords.SequenceEqual(again.TexCoords));
    }

    [Fact]
    public void Volume_grows_with_the_girths()
    {
        var woman = TypicalBodies.Woman;
        var fuller = woman with { Chest = woman.Chest * 1.1, Underbust = woman.Underbust * 1.1, Waist = woman.Waist * 1.1, HighHip = woman.HighHip * 1.1, Hip = woman.Hip * 1.1, Thigh = woman.Thigh * 1.1 };

        var volume = TypicalBodies.WomanAt(BodyLevelOfDetail.Medium).Mesh.SignedVolume();
        var fullerVolume = ParametricBody.Generate(fuller, BodyLevelOfDetail.Medium).Mesh.SignedVolume();

        // The torso and thighs hold most of the volume: 10% more girth is close to 20% more area there.
        Assert.InRange(fullerVolume / volume, 1.08, 1.25);
    }

    [Fact]
    public void Every_joint_hangs_from_the_hip_through_its_parents()
    {
        foreach (var joint in Enum.GetValues<BodyJoint>())
        {
            var (at, steps) = (joint, 0);
            while (Skeleton.ParentOf(at) is { } parent && steps++ < 20)
            {
                Assert.Contains(at, Skeleton.ChildrenOf(parent));
                at = parent;
            }
            Assert.Equal(Skeleton.Root, at);
        }
    }

    /// <summary>How many times the section is crossed along a ray from its plane's origin.</summary>
    private static int Crossings(ISurfaceSlice slice, Vector2 direction, float reach)
    {
        var (count, travelled) = (0, 0f);
        while (true)
        {
            var next = slice.FirstCrossing(direction * travelled, direction, reach - travelled);
            if (travelled + next >= reach)
                return count;
            count++;
            travelled += next + 1e-5f;
        }
    }
}
