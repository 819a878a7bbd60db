using FashionWallet.Imaging;

namespace FashionWallet.Tests.Imaging;

public sealed class PngCodecTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(640, 480)]
    public void Encoding_then_decoding_gives_back_every_pixel(int width, int height)
    {
        var image = TestImages.Gradient(width, height);

        var decoded = PngCodec.Decode(PngCodec.Encode(image));

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void One_bit_grayscale_unpacks_bits_most_significant_first()
    {
        var png = TestImages.Png(10, 1, 1, 0, [[0b1010_0000, 0b1100_0000]]);

        var decoded = PngCodec.Decode(png);

        Assert.Equal(new[] { 255, 0, 255, 0, 0, 0, 0, 0, 255, 255 }, Enumerable.Range(0, 10).Select(x => (int)decoded[x, 0].R));
    }

    [Fact]
    public void Four_bit_palette_with_transparency_is_composited_over_white()
    {
        byte[] palette = [255, 0, 0, 0, 0, 255, 0, 128, 0];
        byte[] alpha = [255, 0, 128];
        var png = TestImages.Png(3, 1, 4, 3, [[0x01, 0x20]], 0, ("PLTE", palette), ("tRNS", alpha));

        var decoded = PngCodec.Decode(png);

        Assert.Equal((255, 0, 0), Rgb(decoded[0, 0]));
        Assert.Equal((255, 255, 255), Rgb(decoded[1, 0]));
        Assert.Equal((127, 191, 127), Rgb(decoded[2, 0]));
    }

    [Fact]
    public void Sixteen_bit_rgba_and_eight_bit_gray_alpha_are_read()
    {
        var rgba = TestImages.Png(1, 1, 16, 6, [[0xFF, 0x00, 0x80, 0x00, 0x00, 0x00, 0xFF, 0xFF]]);
        var grayAlpha = TestImages.Png(2, 1, 8, 4, [[100, 255, 0, 0]]);

        Assert.Equal((255, 128, 0), Rgb(PngCodec.Decode(rgba)[0, 0]));
        var gray = PngCodec.Decode(grayAlpha);
        Assert.Equal((100, 100, 100), Rgb(gray[0, 0]));
        Assert.Equal((255, 255, 255), Rgb(gray[1, 0]));
    }

    [Fact]
    public void Adam7_interlaced_images_put_each_pass_in_place()
    {
        const int width = 9;
        const int height = 5;
        var expected = TestImages.Gradient(width, height);
        (int X, int Y, int DX, int DY)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        var scanlines = new List<byte[]>();
        foreach (var (x0, y0, dx, dy) in passes)
        {
            for (var y = y0; y < height; y += dy)
            {
                var line = new List<byte>();
                for (var x = x0; x < width; x += dx)
                    line.AddRange([expected[x, y].R, expected[x, y].G, expected[x, y].B]);
                if (line.Count > 0)
                    scanlines.Add([.. line]);
            }
        }

        var decoded = PngCodec.Decode(TestImages.Png(width, height, 8, 2, [.. scanlines], interlace: 1));

        Assert.Equal(expected.Pixels, decoded.Pixels);
    }

    [Fact]
    public void A_damaged_checksum_a_truncated_file_and_an_unknown_critical_chunk_are_refused_with_the_reason()
    {
        var good = PngCodec.Encode(TestImages.Gradient(32, 32));
        var damaged = (byte[])good.Clone();
        damaged[40] ^= 0xFF;
        var unknownCritical = TestImages.Png(1, 1, 8, 2, [[1, 2, 3]], 0, ("ZZZZ", [1]));

        Assert.Equal(ImageRejections.Corrupt, Assert.Throws<ImageRejectedException>(() => PngCodec.Decode(damaged)).Code);
        Assert.Equal(ImageRejections.Truncated, Assert.Throws<ImageRejectedException>(() => PngCodec.Decode(good.AsSpan(0, good.Length - 30))).Code);
        Assert.Contains("ZZZZ", Assert.Throws<ImageRejectedException>(() => PngCodec.Decode(unknownCritical)).Message);
    }

    [Fact]
    public void Compressed_data_larger_than_the_header_promises_is_never_inflated_beyond_it()
    {
        // A 1 x 1 image whose IDAT inflates to 50 MB: the decoder reads the 4 bytes it needs and stops.
        var bomb = TestImages.Png(1, 1, 8, 2, [new byte[50_000_000]]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decoded = PngCodec.Decode(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((1, 1), (decoded.Width, decoded.Height));
        Assert.True(allocated < 5_000_000, $"allocated {allocated} bytes");
    }

    private static (int, int, int) Rgb((byte R, byte G, byte B) pixel) => (pixel.R, pixel.G, pixel.B);
}
