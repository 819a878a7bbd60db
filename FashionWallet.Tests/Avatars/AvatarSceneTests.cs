using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Geometry.Obj;
using FashionWallet.Geometry.Scenes;
using FashionWallet.Tests.Infrastructure;

namespace FashionWallet.Tests.Avatars;

public sealed class AvatarSceneTests
{
    [Theory]
    [InlineData(BodyLevelOfDetail.Low)]
    [InlineData(BodyLevelOfDetail.Medium)]
    [InlineData(BodyLevelOfDetail.High)]
    public async Task The_avatar_glb_passes_the_Khronos_validator(BodyLevelOfDetail level)
    {
        var glb = GlbWriter.Write(AvatarScene.Scene(TypicalBodies.WomanAt(level)));

        await GltfValidator.AssertValidAsync(glb, $"avatar-{level}");
    }

    [Fact]
    public void The_default_level_of_detail_fits_in_two_megabytes()
    {
        var glb = GlbWriter.Write(AvatarScene.Scene(TypicalBodies.WomanAt(BodyLevelOfDetail.Medium)));

        Assert.True(glb.Length < 2_000_000, $"{glb.Length} bytes");
    }

    [Fact]
    public void Every_joint_is_a_named_node_placed_where_the_skeleton_has_it()
    {
        var body = TypicalBodies.WomanAt(BodyLevelOfDetail.Medium);

        var node = AvatarScene.Node(body);

        var placed = new Dictionary<string, Vector3>();
        void Walk(SceneNode at, Vector3 parent)
        {
            placed[at.Name] = parent + at.Translation;
            foreach (var child in at.Children)
                Walk(child, placed[at.Name]);
        }
        Walk(node, Vector3.Zero);
        Assert.All(Enum.GetValues<BodyJoint>(), joint => Assert.True(Vector3.Distance(body.Skeleton[joint], placed[joint.ToString()]) < 1e-5f, joint.ToString()));
        Assert.Same(body.Mesh, node.Mesh!.Geometry);
    }

    [Fact]
    public void The_avatar_exports_to_obj_with_every_vertex_and_triangle()
    {
        var body = TypicalBodies.WomanAt(BodyLevelOfDetail.Low);

        var export = ObjWriter.Write(AvatarScene.Scene(body), "avatar.mtl");

        var lines = export.Obj.Split('\n');
        Assert.Equal(body.Mesh.VertexCount, lines.Count(l => l.StartsWith("v ", StringComparison.Ordinal)));
        Assert.Equal(body.Mesh.VertexCount, lines.Count(l => l.StartsWith("vt ", StringComparison.Ordinal)));
        Assert.Equal(body.Mesh.TriangleCount, lines.Count(l => l.StartsWith("f ", StringComparison.Ordinal)));
        Assert.Contains("newmtl skin_0", export.Mtl);
    }
}
