using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace FashionWallet.Imaging;

/// <summary>Limits an uploaded photo must meet.</summary>
public sealed record PhotoLimits(long MaxBytes = 15 * 1024 * 1024, long MaxPixels = 40_000_000, int MinShortSide = 720, int MinLongSide = 1280);

/// <summary>What the photo carried that was removed before it was stored.</summary>
public sealed record RemovedMetadata(int Orientation, bool Location, bool Camera, bool DateTaken);

/// <summary>A photo that passed every check: its pixels upright, and its file without metadata.</summary>
public sealed record AcceptedPhoto(ImageHeader Header, RgbImage Image, byte[] StrippedOriginal, RemovedMetadata Removed);

/// <summary>
/// Checks an uploaded photo by its content: size, magic bytes, the header's dimensions (before decoding, against
/// decompression bombs), then a full decode; applies the EXIF orientation; and strips all metadata from the copy
/// that will be stored.
/// </summary>
public static class PhotoIntake
{
    public static AcceptedPhoto Accept(byte[] file, PhotoLimits limits)
    {
        if (file.Length > limits.MaxBytes)
            throw new ImageRejectedException(ImageRejections.TooLarge, $"This photo is {file.Length / 1024 / 1024.0:0.#} MB; the limit is {limits.MaxBytes / 1024 / 1024} MB.");
        var header = ImageProbe.Read(file);
        if (header.PixelCount > limits.MaxPixels)
            throw new ImageRejectedException(ImageRejections.TooManyPixels,
                $"This photo is {header.Width} x {header.Height} pixels ({header.PixelCount / 1e6:0.#} megapixels); the limit is {limits.MaxPixels / 1e6:0} megapixels.");
        if (Math.Min(header.Width, header.Height) < limits.MinShortSide || Math.Max(header.Width, header.Height) < limits.MinLongSide)
            throw new ImageRejectedException(ImageRejections.TooSmall,
                $"This photo is {header.Width} x {header.Height} pixels; use at least {limits.MinLongSide} x {limits.MinShortSide} so your measurements can be read.");

        var decoded = header.Format == ImageFormat.Jpeg ? JpegCodec.Decode(file) : PngCodec.Decode(file);
        var removed = ReadMetadata(file);
        return new AcceptedPhoto(header, decoded.Oriented(removed.Orientation), MetadataStripper.Strip(file, header.Format), removed);
    }

    private static RemovedMetadata ReadMetadata(byte[] file)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(file));
            var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
            var orientation = ifd0 is not null && ifd0.TryGetInt32(ExifDirectoryBase.TagOrientation, out var value) ? value : 1;
            return new RemovedMetadata(
                orientation,
                directories.OfType<GpsDirectory>().Any(d => d.Tags.Count > 0),
                ifd0?.ContainsTag(ExifDirectoryBase.TagMake) == true || ifd0?.ContainsTag(ExifDirectoryBase.TagModel) == true,
                directories.OfType<ExifSubIfdDirectory>().Any(d => d.ContainsTag(ExifDirectoryBase.TagDateTimeOriginal)));
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException)
        {
            // Unreadable metadata does not stop an image that decoded; it is stripped all the same.
            return new RemovedMetadata(1, false, false, false);
        }
    }
}
