using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Json;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;
using FashionWallet.Geometry.Scenes;
using FashionWallet.Tests.Infrastructure;

namespace FashionWallet.Tests.Geometry;

public sealed class GlbWriterTests
{
    [Fact]
    public async Task A_scene_of_several_meshes_nodes_and_a_textured_material_passes_the_Khronos_validator()
    {
        var glb = GlbWriter.Write(SampleScene());

        await GltfValidator.AssertValidAsync(glb, "several-meshes");
    }

    [Fact]
    public void Chunks_and_buffer_views_are_4_byte_aligned_and_lengths_add_up()
    {
        var glb = GlbWriter.Write(SampleScene());

        Assert.Equal(0x46546C67u, BinaryPrimitives.ReadUInt32LittleEndian(glb));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(4)));
        Assert.Equal((uint)glb.Length, BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(8)));
        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(glb.AsSpan(12));
        var binaryLength = BinaryPrimitives.ReadInt32LittleEndian(glb.AsSpan(20 + jsonLength));
        Assert.Equal((0, 0), (jsonLength % 4, binaryLength % 4));
        Assert.Equal(glb.Length, 20 + jsonLength + 8 + binaryLength);
        using var json = Json(glb);
        Assert.All(json.RootElement.GetProperty("bufferViews").EnumerateArray(), view => Assert.Equal(0, view.GetProperty("byteOffset").GetInt32() % 4));
        Assert.Equal(GlbWriter.Generator, json.RootElement.GetProperty("asset").GetProperty("generator").GetString());
    }

    [Fact]
    public void Positions_carry_their_exact_bounds_and_shared_meshes_and_materials_are_written_once()
    {
        var scene = SampleScene();

        using var json = Json(GlbWriter.Write(scene));

        var root = json.RootElement;
        Assert.Equal((2, 2, 1, 1), (root.GetProperty("meshes").GetArrayLength(), root.GetProperty("materials").GetArrayLength(), root.GetProperty("textures").GetArrayLength(), root.GetProperty("images").GetArrayLength()));
        Assert.Equal(["ball", "arm", "box", "box copy"], root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        var position = root.GetProperty("accessors")[root.GetProperty("meshes")[0].GetProperty("primitives")[0].GetProperty("attributes").GetProperty("POSITION").GetInt32()];
        var bounds = scene.Nodes[0].Mesh!.Geometry.Bounds();
        Assert.Equal([bounds.Min.X, bounds.Min.Y, bounds.Min.Z], position.GetProperty("min").EnumerateArray().Select(v => v.GetSingle()));
        Assert.Equal([bounds.Max.X, bounds.Max.Y, bounds.Max.Z], position.GetProperty("max").EnumerateArray().Select(v => v.GetSingle()));
    }

    [Fact]
    public async Task Indices_are_16_bit_up_to_65535_vertices_and_32_bit_beyond()
    {
        var small = TestMeshes.WithRadialNormals(TestMeshes.Cube());
        var large = LargeSphere();
        var material = new PbrMaterial("grey", new Vector4(0.5f, 0.5f, 0.5f, 1));
        var glb = GlbWriter.Write(new Scene([new SceneNode("small") { Mesh = new SceneMesh("small", small, material) }, new SceneNode("large") { Mesh = new SceneMesh("large", large, material) }]));

        using var json = Json(glb);
        var accessors = json.RootElement.GetProperty("accessors");
        var indexTypes = json.RootElement.GetProperty("meshes").EnumerateArray()
            .Select(m => accessors[m.GetProperty("primitives")[0].GetProperty("indices").GetInt32()].GetProperty("componentType").GetInt32());
        Assert.True(large.VertexCount > ushort.MaxValue);
        Assert.Equal([5123, 5125], indexTypes);
        await GltfValidator.AssertValidAsync(glb, "index-widths");
    }

    private static Scene SampleScene()
    {
        var sphere = new SphereSurface(Vector3.Zero, 0.2f);
        var ballMesh = MarchingCubes.Polygonise(sphere, 0.05f);
        var normals = SurfaceFitting.Fit(ballMesh, sphere, 0.05f, relaxationRounds: 1);
        var texCoords = ballMesh.Positions.Select(p => new Vector2(0.5f + MathF.Atan2(p.X, p.Z) / (2 * MathF.PI), 0.5f - p.Y / 0.4f)).ToArray();
        var ball = new TriangleMesh(ballMesh.Positions, normals, texCoords, ballMesh.Indices);
        var textured = new PbrMaterial("checker", Vector4.One) { BaseColorTexturePng = TestPng.Checkerboard(64, (230, 230, 230), (40, 90, 160)), Roughness = 0.5f };
        var box = new SceneMesh("box", TestMeshes.WithRadialNormals(TestMeshes.Cube()), new PbrMaterial("metal", new Vector4(0.9f, 0.6f, 0.2f, 1)) { Metallic = 1 });
        return new Scene(
        [
            new SceneNode("ball")
            {
                Mesh = new SceneMesh("ball", ball, textured),
                Translation = new Vector3(0, 1, 0),
                Children = [new SceneNode("arm") { Translation = new Vector3(0.3f, 0, 0), Children = [new SceneNode("box") { Mesh = box }] }],
            },
            new SceneNode("box copy") { Mesh = box, Translation = new Vector3(-2, 0, 0) },
        ]);
    }

    private static TriangleMesh LargeSphere()
    {
        var sphere = new SphereSurface(Vector3.Zero, 1);
        var mesh = MarchingCubes.Polygonise(sphere, 0.012f);
        return new TriangleMesh(mesh.Positions, SurfaceFitting.Fit(mesh, sphere, 0.012f, relaxationRounds: 0), null, mesh.Indices);
    }

    private static JsonDocument Json(byte[] glb)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(glb.AsSpan(12));
        return JsonDocument.Parse(Encoding.UTF8.GetString(glb, 20, length));
    }
}
