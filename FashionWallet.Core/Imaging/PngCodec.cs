using System.Buffers.Binary;
using System.IO.Compression;

namespace FashionWallet.Imaging;

/// <summary>
/// The project's own PNG codec (PNG 1.2 / ISO 15948): decodes every colour type and bit depth, interlaced or not,
/// checking every chunk's CRC and never inflating more than the header's size allows; transparency is composited
/// over white. Encodes 8-bit RGB with per-row adaptive filtering.
/// </summary>
public static class PngCodec
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly (int X, int Y, int DX, int DY)[] Adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    private sealed record Header(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
    {
        public int Channels => ColorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        public int BitsPerPixel => Channels * BitDepth;
        public int FilterStride => Math.Max(1, BitsPerPixel / 8);
        public int RowBytes(int width) => (width * BitsPerPixel + 7) / 8;
    }

    public static RgbImage Decode(ReadOnlySpan<byte> png)
    {
        if (!png.StartsWith(Signature))
            throw Corrupt("it is not a PNG file");
        Header? header = null;
        byte[]? palette = null;
        byte[]? transparency = null;
        using var compressed = new MemoryStream();
        var position = Signature.Length;
        var ended = false;
        while (!ended)
        {
            if (position + 12 > png.Length)
                throw Truncated();
            var length = BinaryPrimitives.ReadInt32BigEndian(png.Slice(position, 4));
            if (length < 0 || position + 12L + length > png.Length)
                throw length < 0 ? Corrupt("a chunk has an impossible length") : Truncated();
            var type = png.Slice(position + 4, 4);
            var data = png.Slice(position + 8, length);
            if (Crc32.Compute(type, data) != BinaryPrimitives.ReadUInt32BigEndian(png.Slice(position + 8 + length, 4)))
                throw Corrupt($"the {System.Text.Encoding.ASCII.GetString(type)} chunk's checksum does not match");
            switch (System.Text.Encoding.ASCII.GetString(type))
            {
                case "IHDR":
                    header = ReadHeader(data);
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    if ((type[0] & 0x20) == 0)
                        throw Corrupt($"it uses a critical chunk this decoder does not know ({System.Text.Encoding.ASCII.GetString(type)})");
                    break;
            }
            position += 12 + length;
        }

        if (header is null)
            throw Corrupt("it has no header");
        if (header.ColorType == 3 && (palette is null || palette.Length % 3 != 0))
            throw Corrupt("its palette is missing");
        var raw = Inflate(compressed, ExpectedRawLength(header));
        return ToRgb(header, Unfilter(header, raw), palette, transparency);
    }

    public static byte[] Encode(RgbImage image)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], image.Height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        WriteChunk(output, "IHDR"u8, ihdr);

        using (var idat = new MemoryStream())
        {
            using (var zlib = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
            {
                var stride = image.Stride;
                var previous = new byte[stride];
                var candidate = new byte[stride + 1];
                var best = new byte[stride + 1];
                for (var y = 0; y < image.Height; y++)
                {
                    var row = image.Pixels.AsSpan(y * stride, stride);
                    var bestScore = long.MaxValue;
                    for (byte filter = 0; filter <= 4; filter++)
                    {
                        var score = Filter(filter, row, previous, candidate);
                        if (score < bestScore)
                        {
                            bestScore = score;
                            candidate.CopyTo(best, 0);
                        }
                    }
                    zlib.Write(best);
                    row.CopyTo(previous);
                }
            }
            WriteChunk(output, "IDAT"u8, idat.GetBuffer().AsSpan(0, (int)idat.Length));
        }
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static Header ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
            throw Corrupt("its header has the wrong size");
        var header = new Header(BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9], data[12] == 1);
        var valid = header.ColorType switch
        {
            0 => header.BitDepth is 1 or 2 or 4 or 8 or 16,
            3 => header.BitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => header.BitDepth is 8 or 16,
            _ => false,
        };
        if (!valid || header.Width <= 0 || header.Height <= 0 || data[10] != 0 || data[11] != 0 || data[12] > 1)
            throw Corrupt("its header describes an impossible image");
        return header;
    }

    private static long ExpectedRawLength(Header header) =>
        Passes(header).Sum(pass => (long)pass.Height * (1 + header.RowBytes(pass.Width)));

    /// <summary>An interlacing pass (or the whole image): its size, and where and how far apart its pixels land.</summary>
    private sealed record Pass(int Width, int Height, int X, int Y, int DX, int DY);

    private static IEnumerable<Pass> Passes(Header header)
    {
        if (!header.Interlaced)
        {
            yield return new Pass(header.Width, header.Height, 0, 0, 1, 1);
            yield break;
        }
        foreach (var (x, y, dx, dy) in Adam7)
        {
            var width = (header.Width - x + dx - 1) / dx;
            var height = (header.Height - y + dy - 1) / dy;
            if (width > 0 && height > 0)
                yield return new Pass(width, height, x, y, dx, dy);
        }
    }

    // Inflates exactly as many bytes as the header needs: a stream claiming more is not read further (no zip bombs).
    private static byte[] Inflate(MemoryStream compressed, long expected)
    {
        if (expected > Array.MaxLength)
            throw new ImageRejectedException(ImageRejections.TooManyPixels, "This PNG is too large to open.");
        compressed.Position = 0;
        var raw = new byte[expected];
        try
        {
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
            var read = 0;
            while (read < raw.Length)
            {
                var n = zlib.Read(raw, read, raw.Length - read);
                if (n == 0)
                    throw Truncated();
                read += n;
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt($"its compressed data is damaged ({ex.Message})");
        }
        return raw;
    }

    /// <summary>Undoes the per-row filters: each pass's rows, filter bytes removed.</summary>
    private static List<(Pass Pass, byte[] Rows)> Unfilter(Header header, byte[] raw)
    {
        var passes = new List<(Pass, byte[])>();
        var stride = header.FilterStride;
        var offset = 0;
        foreach (var pass in Passes(header))
        {
            var rowBytes = header.RowBytes(pass.Width);
            var rows = new byte[pass.Height * rowBytes];
            for (var y = 0; y < pass.Height; y++)
            {
                var filter = raw[offset];
                var source = raw.AsSpan(offset + 1, rowBytes);
                var row = rows.AsSpan(y * rowBytes, rowBytes);
                var previous = y == 0 ? ReadOnlySpan<byte>.Empty : rows.AsSpan((y - 1) * rowBytes, rowBytes);
                for (var i = 0; i < rowBytes; i++)
                {
                    int a = i >= stride ? row[i - stride] : 0;
                    int b = previous.IsEmpty ? 0 : previous[i];
                    int c = i >= stride && !previous.IsEmpty ? previous[i - stride] : 0;
                    row[i] = (byte)(source[i] + filter switch
                    {
                        0 => 0,
                        1 => a,
                        2 => b,
                        3 => (a + b) / 2,
                        4 => Paeth(a, b, c),
                        _ => throw Corrupt($"a row uses an unknown filter ({filter})"),
                    });
                }
                offset += 1 + rowBytes;
            }
            passes.Add((pass, rows));
        }
        return passes;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static RgbImage ToRgb(Header header, List<(Pass Pass, byte[] Rows)> passes, byte[]? palette, byte[]? transparency)
    {
        var image = new RgbImage(header.Width, header.Height);
        var paletteSize = palette is null ? 0 : palette.Length / 3;
        foreach (var (pass, rows) in passes)
        {
            var rowBytes = header.RowBytes(pass.Width);
            for (var py = 0; py < pass.Height; py++)
            {
                var row = rows.AsSpan(py * rowBytes, rowBytes);
                for (var px = 0; px < pass.Width; px++)
                {
                    int r, g, b, alpha = 255;
                    switch (header.ColorType)
                    {
                        case 0:
                            var gray = Sample(header, row, px, 0);
                            r = g = b = To8(header, gray);
                            if (transparency is { Length: >= 2 } && gray == BinaryPrimitives.ReadUInt16BigEndian(transparency))
                                alpha = 0;
                            break;
                        case 2:
                            var (sr, sg, sb) = (Sample(header, row, px, 0), Sample(header, row, px, 1), Sample(header, row, px, 2));
                            (r, g, b) = (To8(header, sr), To8(header, sg), To8(header, sb));
                            if (transparency is { Length: >= 6 } && sr == BinaryPrimitives.ReadUInt16BigEndian(transparency)
                                && sg == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(2)) && sb == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(4)))
                                alpha = 0;
                            break;
                        case 3:
                            var index = Sample(header, row, px, 0);
                            if (index >= paletteSize)
                                throw Corrupt("a pixel refers past the end of the palette");
                            (r, g, b) = (palette![index * 3], palette[index * 3 + 1], palette[index * 3 + 2]);
                            if (transparency is not null && index < transparency.Length)
                                alpha = transparency[index];
                            break;
                        case 4:
                            r = g = b = To8(header, Sample(header, row, px, 0));
                            alpha = To8(header, Sample(header, row, px, 1));
                            break;
                        default:
                            (r, g, b) = (To8(header, Sample(header, row, px, 0)), To8(header, Sample(header, row, px, 1)), To8(header, Sample(header, row, px, 2)));
                            alpha = To8(header, Sample(header, row, px, 3));
                            break;
                    }
                    image[pass.X + px * pass.DX, pass.Y + py * pass.DY] = (OverWhite(r, alpha), OverWhite(g, alpha), OverWhite(b, alpha));
                }
            }
        }
        return image;
    }

    /// <summary>One channel of one pixel at the image's bit depth (1 to 16 bits, most significant bits first).</summary>
    private static int Sample(Header header, ReadOnlySpan<byte> row, int pixel, int channel)
    {
        var index = pixel * header.Channels + channel;
        switch (header.BitDepth)
        {
            case 8:
                return row[index];
            case 16:
                return row[index * 2] << 8 | row[index * 2 + 1];
            default:
                var bit = index * header.BitDepth;
                return row[bit / 8] >> (8 - header.BitDepth - bit % 8) & ((1 << header.BitDepth) - 1);
        }
    }

    private static int To8(Header header, int sample) => header.BitDepth switch
    {
        16 => sample >> 8,
        8 => sample,
        _ => sample * 255 / ((1 << header.BitDepth) - 1),
    };

    private static byte OverWhite(int channel, int alpha) => (byte)((channel * alpha + 255 * (255 - alpha) + 127) / 255);

    /// <summary>Writes one filtered row into <paramref name="output"/> (filter byte first); returns how compressible it looks
    /// (the sum of absolute values, the usual heuristic).</summary>
    private static long Filter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> previous, Span<byte> output)
    {
        output[0] = filter;
        long score = 0;
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= 3 ? row[i - 3] : 0;
            int b = previous[i];
            int c = i >= 3 ? previous[i - 3] : 0;
            var value = (byte)(row[i] - filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                _ => Paeth(a, b, c),
            });
            output[i + 1] = value;
            score += value < 128 ? value : 256 - value;
        }
        return score;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(type, data));
        output.Write(number);
    }

    private static ImageRejectedException Corrupt(string why) => new(ImageRejections.Corrupt, $"This PNG image cannot be read: {why}.");

    private static ImageRejectedException Truncated() => new(ImageRejections.Truncated, "This photo is incomplete: the file ends too early. Upload it again.");
}
