using System.Buffers.Binary;

namespace FashionWallet.Imaging;

/// <summary>
/// Removes every metadata block from a photo without re-encoding it: EXIF (with GPS and camera serials), XMP, IPTC
/// and comments from JPEG; text, EXIF and time chunks from PNG. What affects how the image looks (colour profile,
/// gamma, transparency) is kept.
/// </summary>
public static class MetadataStripper
{
    private static readonly HashSet<string> PngChunksKept = ["IHDR", "PLTE", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "IDAT", "IEND"];

    public static byte[] Strip(ReadOnlySpan<byte> file, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => StripJpeg(file),
        _ => StripPng(file),
    };

    private static byte[] StripPng(ReadOnlySpan<byte> png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(png[..8]);
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.Slice(position, 4));
            if (length < 0 || position + 12L + length > png.Length)
                break;
            var chunk = png.Slice(position, 12 + length);
            if (PngChunksKept.Contains(System.Text.Encoding.ASCII.GetString(chunk.Slice(4, 4))))
                output.Write(chunk);
            position += 12 + length;
        }
        return output.ToArray();
    }

    private static byte[] StripJpeg(ReadOnlySpan<byte> jpeg)
    {
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg[..2]);
        var i = 2;
        while (i + 1 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                // Entropy-coded scan data runs until a marker that is not stuffing (FF 00) or a restart (FF D0-D7).
                var start = i;
                while (i + 1 < jpeg.Length && !(jpeg[i] == 0xFF && jpeg[i + 1] != 0x00 && jpeg[i + 1] is not (>= 0xD0 and <= 0xD7)))
                    i++;
                output.Write(jpeg[start..i]);
                continue;
            }
            var marker = jpeg[i + 1];
            if (marker == 0xD9 || marker == 0xFF)
            {
                output.Write(jpeg.Slice(i, marker == 0xD9 ? 2 : 1));
                i += marker == 0xD9 ? 2 : 1;
                if (marker == 0xD9)
                    break;
                continue;
            }
            if (i + 4 > jpeg.Length)
                break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.Slice(i + 2, 2));
            var end = Math.Min(jpeg.Length, i + 2 + length);
            var segment = jpeg[i..end];
            if (!IsMetadata(marker, segment))
                output.Write(segment);
            i = end;
        }
        return output.ToArray();
    }

    // APP1 (EXIF, XMP), APP13 (IPTC), COM and the other application blocks; APP0 (JFIF), APP2 ICC profiles and
    // APP14 (Adobe colour transform) stay because they change how the pixels are read.
    private static bool IsMetadata(byte marker, ReadOnlySpan<byte> segment) => marker switch
    {
        0xFE => true,
        0xE0 or 0xEE => false,
        0xE2 => !segment[4..].StartsWith("ICC_PROFILE"u8),
        >= 0xE1 and <= 0xEF => true,
        _ => false,
    };
}
