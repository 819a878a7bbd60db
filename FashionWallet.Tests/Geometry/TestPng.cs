using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FashionWallet.Tests.Geometry;

/// <summary>A minimal PNG encoder (8-bit RGB, no filtering) for texture fixtures.</summary>
internal static class TestPng
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>A checkerboard of two colours in 8-pixel squares.</summary>
    public static byte[] Checkerboard(int size, (byte R, byte G, byte B) light, (byte R, byte G, byte B) dark)
    {
        var rows = new MemoryStream();
        using (var deflate = new ZLibStream(rows, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < size; y++)
            {
                deflate.WriteByte(0);
                for (var x = 0; x < size; x++)
                {
                    var (r, g, b) = ((x / 8 + y / 8) % 2 == 0) ? light : dark;
                    deflate.Write([r, g, b]);
                }
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", rows.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        BinaryPrimitives.WriteUInt32BigEndian(number, ~crc);
        png.Write(number);
    }
}
