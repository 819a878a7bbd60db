using System.Numerics;
using FashionWallet.Geometry.Obj;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Tests.Geometry;

public sealed class ObjWriterTests
{
    [Fact]
    public void Nodes_become_objects_in_world_space_with_faces_numbered_across_the_file()
    {
        var cube = TestMeshes.WithRadialNormals(TestMeshes.Cube());
        var plain = new PbrMaterial("plain grey", new Vector4(0.5f, 0.5f, 0.5f, 1)) { Roughness = 0.7f };
        var scene = new Scene([
            new SceneNode("first") { Mesh = new SceneMesh("cube", cube, plain) },
            new SceneNode("parent") { Translation = new Vector3(10, 0, 0), Children = [new SceneNode("second cube") { Mesh = new SceneMesh("cube", cube, plain), Translation = new Vector3(0, 2, 0) }] },
        ]);

        var export = ObjWriter.Write(scene, "cubes.mtl");

        var lines = export.Obj.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("mtllib cubes.mtl", lines);
        Assert.Equal(["o first", "o second_cube"], lines.Where(l => l.StartsWith("o ", StringComparison.Ordinal)));
        Assert.Equal(16, lines.Count(l => l.StartsWith("v ", StringComparison.Ordinal)));
        Assert.Equal(16, lines.Count(l => l.StartsWith("vn ", StringComparison.Ordinal)));
        Assert.Equal(24, lines.Count(l => l.StartsWith("f ", StringComparison.Ordinal)));
        Assert.Contains("v 11 3 1", lines);
        Assert.Equal("f 9//9 11//11 12//12", lines.Where(l => l.StartsWith("f ", StringComparison.Ordinal)).ElementAt(12));
        Assert.Contains("newmtl plain_grey_0", export.Mtl);
        Assert.Contains("Kd 0.5 0.5 0.5", export.Mtl);
        Assert.Contains("Pr 0.7", export.Mtl);
        Assert.Empty(export.Textures);
    }

    [Fact]
    public void A_textured_material_names_its_image_and_texture_coordinates_flip_to_a_bottom_left_origin()
    {
        var cube = TestMeshes.WithRadialNormals(TestMeshes.Cube());
        var textured = new FashionWallet.Geometry.TriangleMesh(cube.Positions.ToArray(), cube.Normals.ToArray(), cube.Positions.ToArray().Select(p => new Vector2(p.X, 0.25f)).ToArray(), cube.Indices.ToArray());
        var png = TestPng.Checkerboard(16, (255, 255, 255), (0, 0, 0));
        var scene = new Scene([new SceneNode("cube") { Mesh = new SceneMesh("cube", textured, new PbrMaterial("check", Vector4.One) { BaseColorTexturePng = png }) }]);

        var export = ObjWriter.Write(scene);

        Assert.Contains("map_Kd check_0.png", export.Mtl);
        Assert.Same(png, export.Textures["check_0.png"]);
        Assert.Contains("vt 1 0.75", export.Obj);
        Assert.Contains("f 1/1/1 3/3/3 4/4/4", export.Obj);
    }
}
