using System.Buffers.Binary;
using System.Text;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Geometry.Gltf;

/// <summary>
/// Writes a scene as binary glTF 2.0 (GLB): a JSON chunk and one binary buffer holding, per mesh, positions (with
/// their bounds), normals, texture coordinates and 16-bit indices where they fit (32-bit otherwise), plus any PNG
/// textures. Chunks and buffer views start on 4-byte boundaries, as the specification requires.
/// </summary>
public static class GlbWriter
{
    public const string Generator = "Fashion Wallet glTF writer";

    private const uint Magic = 0x46546C67;     // "glTF"
    private const uint JsonChunk = 0x4E4F534A; // "JSON"
    private const uint BinaryChunk = 0x004E4942; // "BIN\0"

    public static byte[] Write(Scene scene)
    {
        using var output = new MemoryStream();
        Write(scene, output);
        return output.ToArray();
    }

    public static void Write(Scene scene, Stream output)
    {
        var document = GltfDocument.From(scene);
        var json = Pad(Encoding.UTF8.GetBytes(document.Json), 0x20);
        var binary = Pad(document.Binary, 0);
        var header = new byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), (uint)(12 + 8 + json.Length + (binary.Length > 0 ? 8 + binary.Length : 0)));
        output.Write(header);
        WriteChunk(output, JsonChunk, json);
        if (binary.Length > 0)
            WriteChunk(output, BinaryChunk, binary);
    }

    private static void WriteChunk(Stream output, uint type, byte[] data)
    {
        Span<byte> chunkHeader = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(chunkHeader, (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(chunkHeader[4..], type);
        output.Write(chunkHeader);
        output.Write(data);
    }

    private static byte[] Pad(byte[] data, byte filler)
    {
        if (data.Length % 4 == 0)
            return data;
        var padded = new byte[(data.Length + 3) / 4 * 4];
        data.CopyTo(padded, 0);
        padded.AsSpan(data.Length).Fill(filler);
        return padded;
    }
}
