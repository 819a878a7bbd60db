using FashionWallet.Imaging;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace FashionWallet.Tests.Imaging;

/// <summary>Uploaded photos: checked by content, decoded in full, turned upright, stripped of every personal field.</summary>
public sealed class PhotoIntakeTests(NativeImagingFixture native) : IClassFixture<NativeImagingFixture>
{
    private static readonly PhotoLimits Small = new(MinShortSide: 16, MinLongSide: 16);

    [Fact]
    public void A_jpeg_round_trips_through_libturbojpeg_closely()
    {
        _ = native;
        var image = TestImages.Gradient(320, 240);

        var decoded = JpegCodec.Decode(JpegCodec.Encode(image, quality: 95));

        Assert.Equal((320, 240), (decoded.Width, decoded.Height));
        Assert.True(Psnr(image, decoded) > 35, $"PSNR {Psnr(image, decoded):0.0} dB");
    }

    [Theory]
    [InlineData(6, 240, 320)]
    [InlineData(3, 320, 240)]
    [InlineData(8, 240, 320)]
    public void A_phone_photo_is_turned_upright_and_its_location_and_camera_are_removed(int orientation, int width, int height)
    {
        var image = TestImages.Gradient(320, 240);
        var phone = TestImages.JpegWithExif(image, orientation);
        Assert.NotEmpty(ImageMetadataReader.ReadMetadata(new MemoryStream(phone)).OfType<GpsDirectory>());

        var accepted = PhotoIntake.Accept(phone, Small);

        Assert.Equal((width, height), (accepted.Image.Width, accepted.Image.Height));
        Assert.Equal(new RemovedMetadata(orientation, Location: true, Camera: true, DateTaken: false), accepted.Removed);
        var stripped = ImageMetadataReader.ReadMetadata(new MemoryStream(accepted.StrippedOriginal));
        Assert.Empty(stripped.OfType<GpsDirectory>());
        Assert.Empty(stripped.OfType<ExifIfd0Directory>());
        Assert.Equal(JpegCodec.Decode(phone).Pixels, JpegCodec.Decode(accepted.StrippedOriginal).Pixels);
    }

    [Fact]
    public void Orientation_six_means_the_camera_was_turned_clockwise()
    {
        var image = new RgbImage(2, 1);
        image[0, 0] = (255, 0, 0);
        image[1, 0] = (0, 0, 255);

        var upright = image.Oriented(6);

        Assert.Equal((1, 2), (upright.Width, upright.Height));
        Assert.Equal((byte)255, upright[0, 0].R);
        Assert.Equal((byte)255, upright[0, 1].B);
    }

    [Fact]
    public void Png_text_and_time_chunks_are_stripped_and_the_pixels_kept()
    {
        var png = TestImages.Png(2, 1, 8, 2, [[1, 2, 3, 4, 5, 6]], 0, ("tEXt", "Author\0Grace Hopper"u8.ToArray()), ("tIME", new byte[7]));

        var accepted = PhotoIntake.Accept(png, Small with { MinShortSide = 1, MinLongSide = 1 });

        Assert.DoesNotContain("Grace", System.Text.Encoding.ASCII.GetString(accepted.StrippedOriginal));
        Assert.DoesNotContain("tIME", System.Text.Encoding.ASCII.GetString(accepted.StrippedOriginal));
        Assert.Equal(PngCodec.Decode(png).Pixels, PngCodec.Decode(accepted.StrippedOriginal).Pixels);
    }

    [Fact]
    public void Files_that_are_not_photos_or_break_the_limits_are_refused_with_a_specific_reason()
    {
        var jpeg = JpegCodec.Encode(TestImages.Gradient(320, 240));
        var bomb = TestImages.Png(50_000, 50_000, 8, 2, [new byte[3]]);

        Assert.Equal(ImageRejections.Empty, Reject([]));
        Assert.Equal(ImageRejections.NotAnImage, Reject("%PDF-1.7 not a photo"u8.ToArray()));
        Assert.Equal(ImageRejections.NotAnImage, Reject("GIF89a"u8.ToArray()));
        Assert.Equal(ImageRejections.Truncated, Reject(jpeg[..(jpeg.Length / 2)]));
        Assert.Equal(ImageRejections.TooManyPixels, Reject(bomb));
        Assert.Equal(ImageRejections.TooSmall, Reject(jpeg, new PhotoLimits()));
        Assert.Equal(ImageRejections.TooLarge, Reject(new byte[16 * 1024 * 1024], new PhotoLimits()));
    }

    [Fact]
    public void A_thousand_mutated_files_are_each_accepted_or_refused_never_anything_else()
    {
        var seeds = new[]
        {
            JpegCodec.Encode(TestImages.Gradient(48, 32)),
            TestImages.JpegWithExif(TestImages.Gradient(48, 32), 6),
            PngCodec.Encode(TestImages.Gradient(48, 32)),
        };
        var random = new Random(20261122);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 1000; i++)
        {
            var file = Mutate(seeds[i % seeds.Length], random);
            string outcome;
            try
            {
                PhotoIntake.Accept(file, Small);
                outcome = "accepted";
            }
            catch (ImageRejectedException ex)
            {
                outcome = ex.Code;
            }
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        Assert.True(outcomes.GetValueOrDefault("accepted") > 0 && outcomes.Keys.Count > 2, string.Join(", ", outcomes));
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var file = new List<byte>(seed);
        for (var m = random.Next(1, 6); m > 0 && file.Count > 4; m--)
        {
            var at = random.Next(file.Count);
            switch (random.Next(4))
            {
                case 0:
                    file[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    file[at] = (byte)random.Next(256);
                    break;
                case 2:
                    file.RemoveRange(at, Math.Min(file.Count - at, random.Next(1, 64)));
                    break;
                default:
                    file.InsertRange(at, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)));
                    break;
            }
        }
        return [.. file];
    }

    private static string Reject(byte[] file, PhotoLimits? limits = null) =>
        Assert.Throws<ImageRejectedException>(() => PhotoIntake.Accept(file, limits ?? Small)).Code;

    private static double Psnr(RgbImage a, RgbImage b)
    {
        double sum = 0;
        for (var i = 0; i < a.Pixels.Length; i++)
            sum += Math.Pow(a.Pixels[i] - b.Pixels[i], 2);
        return 10 * Math.Log10(255.0 * 255 / (sum / a.Pixels.Length));
    }
}
