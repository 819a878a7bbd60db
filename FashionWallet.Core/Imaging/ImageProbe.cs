using System.Buffers.Binary;

namespace FashionWallet.Imaging;

public enum ImageFormat
{
    Jpeg,
    Png,
}

/// <summary>What the header of an image file says: its format and size, read without decoding a pixel.</summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    public long PixelCount => (long)Width * Height;
}

/// <summary>
/// Reads the format (by magic bytes, never by file name or declared type) and the dimensions from the header, so
/// an oversized image (a decompression bomb) is refused before anything is decoded.
/// </summary>
public static class ImageProbe
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageHeader Read(ReadOnlySpan<byte> file)
    {
        if (file.Length == 0)
            throw new ImageRejectedException(ImageRejections.Empty, "The file is empty.");
        if (file.StartsWith(PngSignature))
            return ReadPng(file);
        if (file.Length >= 3 && file[0] == 0xFF && file[1] == 0xD8 && file[2] == 0xFF)
            return ReadJpeg(file);
        throw new ImageRejectedException(ImageRejections.NotAnImage, "This file is not a JPEG or PNG photo.");
    }

    private static ImageHeader ReadPng(ReadOnlySpan<byte> file)
    {
        // The signature is followed by the IHDR chunk: length (13), type, width, height.
        if (file.Length < 33 || !file.Slice(12, 4).SequenceEqual("IHDR"u8))
            throw new ImageRejectedException(ImageRejections.Corrupt, "This PNG file is damaged: it has no image header.");
        var width = BinaryPrimitives.ReadInt32BigEndian(file.Slice(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(file.Slice(20, 4));
        return Valid(ImageFormat.Png, width, height);
    }

    private static ImageHeader ReadJpeg(ReadOnlySpan<byte> file)
    {
        var i = 2;
        while (i + 4 <= file.Length)
        {
            if (file[i] != 0xFF)
                throw new ImageRejectedException(ImageRejections.Corrupt, "This JPEG file is damaged.");
            var marker = file[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7)
            {
                i += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(file.Slice(i + 2, 2));
            if (length < 2)
                throw new ImageRejectedException(ImageRejections.Corrupt, "This JPEG file is damaged.");
            // Start-of-frame markers (baseline, progressive, ...) carry the dimensions; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > file.Length)
                    break;
                var height = BinaryPrimitives.ReadUInt16BigEndian(file.Slice(i + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(file.Slice(i + 7, 2));
                return Valid(ImageFormat.Jpeg, width, height);
            }
            if (marker == 0xDA)
                break;
            i += 2 + length;
        }
        throw new ImageRejectedException(ImageRejections.Truncated, "This JPEG file is incomplete: it ends before the image size.");
    }

    private static ImageHeader Valid(ImageFormat format, int width, int height) =>
        width <= 0 || height <= 0
            ? throw new ImageRejectedException(ImageRejections.Corrupt, $"This {format.ToString().ToUpperInvariant()} file is damaged: it says it is {width} x {height} pixels.")
            : new ImageHeader(format, width, height);
}
