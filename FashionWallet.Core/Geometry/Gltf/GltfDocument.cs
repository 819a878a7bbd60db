using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Geometry.Gltf;

/// <summary>A scene turned into glTF's JSON and its one binary buffer.</summary>
internal sealed class GltfDocument
{
    private const int ArrayBuffer = 34962;
    private const int ElementArrayBuffer = 34963;
    private const int Float = 5126;
    private const int UnsignedShort = 5123;
    private const int UnsignedInt = 5125;
    private const int Triangles = 4;

    private readonly MemoryStream _binary = new();
    private readonly List<(int Offset, int Length, int? Target)> _bufferViews = [];
    private readonly List<Action<Utf8JsonWriter>> _accessors = [];
    private readonly List<(SceneNode Node, List<int> Children)> _nodes = [];
    private readonly Dictionary<SceneMesh, int> _meshes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PbrMaterial, int> _materials = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Position, int Normal, int? TexCoord, int Indices, int Material)> _meshPrimitives = [];
    private readonly List<int> _textureImages = [];
    // Materials that share an image (panels in one weave) share its texture, so it is stored once.
    private readonly Dictionary<byte[], int> _textures = new(ReferenceEqualityComparer.Instance);

    private GltfDocument()
    {
    }

    public string Json { get; private set; } = "";

    public byte[] Binary => _binary.ToArray();

    public static GltfDocument From(Scene scene)
    {
        var document = new GltfDocument();
        var roots = scene.Nodes.Select(document.AddNode).ToList();
        document.Json = document.WriteJson(roots);
        return document;
    }

    private int AddNode(SceneNode node)
    {
        var index = _nodes.Count;
        var children = new List<int>();
        _nodes.Add((node, children));
        if (node.Mesh is { } mesh && !_meshes.ContainsKey(mesh))
            _meshes[mesh] = AddMesh(mesh);
        foreach (var child in node.Children)
            children.Add(AddNode(child));
        return index;
    }

    private int AddMesh(SceneMesh mesh)
    {
        var geometry = mesh.Geometry;
        var bounds = geometry.Bounds();
        var position = AddAccessor(MemoryMarshal.AsBytes(geometry.Positions), ArrayBuffer, Float, geometry.VertexCount, "VEC3", bounds);
        var normal = AddAccessor(MemoryMarshal.AsBytes(geometry.Normals), ArrayBuffer, Float, geometry.VertexCount, "VEC3", null);
        int? texCoord = geometry.HasTexCoords ? AddAccessor(MemoryMarshal.AsBytes(geometry.TexCoords), ArrayBuffer, Float, geometry.VertexCount, "VEC2", null) : null;
        // 65535 is the primitive restart value: 16-bit indices only while every index stays below it.
        var indices = geometry.VertexCount <= ushort.MaxValue
            ? AddAccessor(MemoryMarshal.AsBytes(Narrow(geometry.Indices).AsSpan()), ElementArrayBuffer, UnsignedShort, geometry.Indices.Length, "SCALAR", null)
            : AddAccessor(MemoryMarshal.AsBytes(geometry.Indices), ElementArrayBuffer, UnsignedInt, geometry.Indices.Length, "SCALAR", null);
        if (!_materials.TryGetValue(mesh.Material, out var material))
            _materials[mesh.Material] = material = AddMaterial(mesh.Material);
        _meshPrimitives.Add((position, normal, texCoord, indices, material));
        return _meshPrimitives.Count - 1;
    }

    private int AddMaterial(PbrMaterial material)
    {
        if (material.BaseColorTexturePng is { } png && !_textures.ContainsKey(png))
        {
            _textures[png] = _textureImages.Count;
            _textureImages.Add(AddBufferView(png, target: null));
        }
        return _materials.Count;
    }

    private static ushort[] Narrow(ReadOnlySpan<int> indices)
    {
        var narrow = new ushort[indices.Length];
        for (var i = 0; i < indices.Length; i++)
            narrow[i] = (ushort)indices[i];
        return narrow;
    }

    private int AddAccessor(ReadOnlySpan<byte> data, int target, int componentType, int count, string type, Bounds3? bounds)
    {
        var view = AddBufferView(data, target);
        _accessors.Add(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("bufferView", view);
            json.WriteNumber("componentType", componentType);
            json.WriteNumber("count", count);
            json.WriteString("type", type);
            if (bounds is { } box)
            {
                WriteVector(json, "min", box.Min);
                WriteVector(json, "max", box.Max);
            }
            json.WriteEndObject();
        });
        return _accessors.Count - 1;
    }

    private int AddBufferView(ReadOnlySpan<byte> data, int? target)
    {
        while (_binary.Length % 4 != 0)
            _binary.WriteByte(0);
        _bufferViews.Add(((int)_binary.Length, data.Length, target));
        _binary.Write(data);
        return _bufferViews.Count - 1;
    }

    private string WriteJson(List<int> roots)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("asset");
            json.WriteString("version", "2.0");
            json.WriteString("generator", GlbWriter.Generator);
            json.WriteEndObject();
            if (_materials.Keys.Any(m => m.BaseColorTexturePng is not null && m.TextureRepeats != 1))
            {
                json.WriteStartArray("extensionsUsed");
                json.WriteStringValue(TextureTransform);
                json.WriteEndArray();
            }
            json.WriteNumber("scene", 0);
            json.WriteStartArray("scenes");
            json.WriteStartObject();
            WriteIndices(json, "nodes", roots);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteNodes(json);
            WriteMeshes(json);
            WriteMaterials(json);
            WriteTextures(json);
            WriteArray(json, "accessors", _accessors, (writer, accessor) => accessor(writer));
            WriteArray(json, "bufferViews", _bufferViews, (writer, view) =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("buffer", 0);
                writer.WriteNumber("byteOffset", view.Offset);
                writer.WriteNumber("byteLength", view.Length);
                if (view.Target is { } target)
                    writer.WriteNumber("target", target);
                writer.WriteEndObject();
            });
            if (_binary.Length > 0)
            {
                json.WriteStartArray("buffers");
                json.WriteStartObject();
                json.WriteNumber("byteLength", _binary.Length);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WriteNodes(Utf8JsonWriter json) => WriteArray(json, "nodes", _nodes, (writer, entry) =>
    {
        writer.WriteStartObject();
        writer.WriteString("name", entry.Node.Name);
        if (entry.Node.Mesh is { } mesh)
            writer.WriteNumber("mesh", _meshes[mesh]);
        if (entry.Node.Translation != Vector3.Zero)
            WriteVector(writer, "translation", entry.Node.Translation);
        if (entry.Children.Count > 0)
            WriteIndices(writer, "children", entry.Children);
        writer.WriteEndObject();
    });

    private void WriteMeshes(Utf8JsonWriter json) => WriteArray(json, "meshes", _meshes.Keys.ToList(), (writer, mesh) =>
    {
        var primitive = _meshPrimitives[_meshes[mesh]];
        writer.WriteStartObject();
        writer.WriteString("name", mesh.Name);
        writer.WriteStartArray("primitives");
        writer.WriteStartObject();
        writer.WriteStartObject("attributes");
        writer.WriteNumber("POSITION", primitive.Position);
        writer.WriteNumber("NORMAL", primitive.Normal);
        if (primitive.TexCoord is { } texCoord)
            writer.WriteNumber("TEXCOORD_0", texCoord);
        writer.WriteEndObject();
        writer.WriteNumber("indices", primitive.Indices);
        writer.WriteNumber("material", primitive.Material);
        writer.WriteNumber("mode", Triangles);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private void WriteMaterials(Utf8JsonWriter json)
    {
        WriteArray(json, "materials", _materials.Keys.ToList(), (writer, material) =>
        {
            writer.WriteStartObject();
            writer.WriteString("name", material.Name);
            writer.WriteStartObject("pbrMetallicRoughness");
            writer.WriteStartArray("baseColorFactor");
            foreach (var component in new[] { material.BaseColor.X, material.BaseColor.Y, material.BaseColor.Z, material.BaseColor.W })
                writer.WriteNumberValue(component);
            writer.WriteEndArray();
            if (material.BaseColorTexturePng is { } png)
            {
                writer.WriteStartObject("baseColorTexture");
                writer.WriteNumber("index", _textures[png]);
                if (material.TextureRepeats != 1)
                {
                    writer.WriteStartObject("extensions");
                    writer.WriteStartObject(TextureTransform);
                    writer.WriteStartArray("scale");
                    writer.WriteNumberValue(material.TextureRepeats);
                    writer.WriteNumberValue(material.TextureRepeats);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteNumber("metallicFactor", material.Metallic);
            writer.WriteNumber("roughnessFactor", material.Roughness);
            writer.WriteEndObject();
            if (material.DoubleSided)
                writer.WriteBoolean("doubleSided", true);
            writer.WriteEndObject();
        });
    }

    private const string TextureTransform = "KHR_texture_transform";

    private void WriteTextures(Utf8JsonWriter json)
    {
        if (_textureImages.Count == 0)
            return;
        WriteArray(json, "textures", Enumerable.Range(0, _textureImages.Count).ToList(), (writer, image) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("sampler", 0);
            writer.WriteNumber("source", image);
            writer.WriteEndObject();
        });
        WriteArray(json, "images", _textureImages, (writer, view) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("bufferView", view);
            writer.WriteString("mimeType", "image/png");
            writer.WriteEndObject();
        });
        json.WriteStartArray("samplers");
        json.WriteStartObject();
        json.WriteNumber("magFilter", 9729);  // linear
        json.WriteNumber("minFilter", 9987);  // linear, mipmaps linear
        json.WriteNumber("wrapS", 10497);     // repeat
        json.WriteNumber("wrapT", 10497);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
            return;
        json.WriteStartArray(name);
        foreach (var item in items)
            write(json, item);
        json.WriteEndArray();
    }

    private static void WriteIndices(Utf8JsonWriter json, string name, List<int> indices)
    {
        json.WriteStartArray(name);
        foreach (var index in indices)
            json.WriteNumberValue(index);
        json.WriteEndArray();
    }

    private static void WriteVector(Utf8JsonWriter json, string name, Vector3 vector)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(vector.X);
        json.WriteNumberValue(vector.Y);
        json.WriteNumberValue(vector.Z);
        json.WriteEndArray();
    }
}
