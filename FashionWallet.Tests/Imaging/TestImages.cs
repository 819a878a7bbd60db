using System.Buffers.Binary;
using System.IO.Compression;
using FashionWallet.AppHost.Provisioning;
using FashionWallet.Imaging;

namespace FashionWallet.Tests.Imaging;

/// <summary>libturbojpeg from Debian, installed when missing (as the AppHost provisions it for the services).</summary>
public sealed class NativeImagingFixture : IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(AptProvisioner.EnsureInstalledAsync(["libturbojpeg0"], _ => { }, allowInstall: true, CancellationToken.None));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>Images made by the tests, byte by byte where the point is to control the format exactly.</summary>
public static class TestImages
{
    /// <summary>A smooth gradient with a diagonal edge: compresses like a photo, and any misplaced pixel shows.</summary>
    public static RgbImage Gradient(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                image[x, y] = ((byte)(x * 255 / Math.Max(1, width - 1)), (byte)(y * 255 / Math.Max(1, height - 1)), (byte)(x > y ? 200 : 40));
        }
        return image;
    }

    /// <summary>A PNG with the given header fields and already-packed unfiltered scanlines (filter 0 added here).</summary>
    public static byte[] Png(int width, int height, byte bitDepth, byte colorType, byte[][] scanlines, byte interlace = 0, params (string Type, byte[] Data)[] extra)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        (ihdr[8], ihdr[9], ihdr[12]) = (bitDepth, colorType, interlace);
        Chunk(file, "IHDR", ihdr);
        foreach (var (type, data) in extra)
            Chunk(file, type, data);
        using var raw = new MemoryStream();
        foreach (var line in scanlines)
        {
            raw.WriteByte(0);
            raw.Write(line);
        }
        Chunk(file, "IDAT", Deflate(raw.ToArray()));
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    public static byte[] Deflate(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);
        return compressed.ToArray();
    }

    public static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeBytes, data));
        file.Write(number);
    }

    /// <summary>A JPEG with an EXIF block (APP1) giving an orientation, a camera and a GPS position, as phones write them.</summary>
    public static byte[] JpegWithExif(RgbImage image, int orientation)
    {
        var jpeg = JpegCodec.Encode(image);
        var exif = ExifBlock(orientation);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    // "Exif\0\0", then a little-endian TIFF: IFD0 (Make, Orientation, GPS pointer) and a GPS IFD (latitude ref and value).
    private static byte[] ExifBlock(int orientation)
    {
        using var block = new MemoryStream();
        var tiff = new BinaryWriter(block);
        tiff.Write("Exif\0\0"u8);
        var start = block.Position;
        tiff.Write("II"u8);
        tiff.Write((ushort)42);
        tiff.Write(8u);
        // IFD0 at offset 8: three entries.
        tiff.Write((ushort)3);
        Entry(tiff, 0x010F, 2, 6, 50);                     // Make, ASCII, 6 bytes at offset 50
        Entry(tiff, 0x0112, 3, 1, (uint)orientation);      // Orientation, SHORT
        Entry(tiff, 0x8825, 4, 1, 56);                     // GPS IFD pointer
        tiff.Write(0u);
        tiff.Write("Pixel\0"u8);                           // offset 50
        // GPS IFD at offset 56: latitude ref "N" and latitude (three rationals at offset 86).
        tiff.Write((ushort)2);
        Entry(tiff, 0x0001, 2, 2, 'N');
        Entry(tiff, 0x0002, 5, 3, 86);
        tiff.Write(0u);
        foreach (var (numerator, denominator) in new[] { (48u, 1u), (51u, 1u), (2400u, 100u) })
        {
            tiff.Write(numerator);
            tiff.Write(denominator);
        }
        if (block.Position - start != 110)
            throw new InvalidOperationException("The EXIF layout in this test is off.");
        return block.ToArray();
    }

    private static void Entry(BinaryWriter tiff, ushort tag, ushort type, uint count, uint value)
    {
        tiff.Write(tag);
        tiff.Write(type);
        tiff.Write(count);
        tiff.Write(value);
    }
}
