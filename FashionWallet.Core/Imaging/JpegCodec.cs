using System.Runtime.InteropServices;

namespace FashionWallet.Imaging;

/// <summary>
/// JPEG through Debian's libjpeg-turbo (libturbojpeg.so.0, TurboJPEG 2.x API). Decoding is strict: a warning such as
/// "premature end of file" fails the decode, so a truncated upload is refused rather than half-grey.
/// </summary>
public static partial class JpegCodec
{
    public const string Library = "libturbojpeg.so.0";

    private const int PixelFormatRgb = 0;
    private const int Subsampling420 = 2;
    private const int FlagAccurateDct = 4096;
    private const int FlagStopOnWarning = 8192;

    public static RgbImage Decode(ReadOnlySpan<byte> jpeg)
    {
        var handle = tjInitDecompress();
        if (handle == 0)
            throw new InvalidOperationException("libturbojpeg could not start a decoder.");
        try
        {
            int width, height;
            unsafe
            {
                fixed (byte* source = jpeg)
                {
                    if (tjDecompressHeader3(handle, source, (nuint)jpeg.Length, out width, out height, out _, out _) != 0)
                        throw Rejected(handle);
                }
            }
            var image = new RgbImage(width, height);
            unsafe
            {
                fixed (byte* source = jpeg)
                fixed (byte* target = image.Pixels)
                {
                    if (tjDecompress2(handle, source, (nuint)jpeg.Length, target, width, image.Stride, height, PixelFormatRgb, FlagAccurateDct | FlagStopOnWarning) != 0)
                        throw Rejected(handle);
                }
            }
            return image;
        }
        finally
        {
            tjDestroy(handle);
        }
    }

    public static byte[] Encode(RgbImage image, int quality = 90)
    {
        var handle = tjInitCompress();
        if (handle == 0)
            throw new InvalidOperationException("libturbojpeg could not start an encoder.");
        nint buffer = 0;
        try
        {
            nuint size = 0;
            unsafe
            {
                fixed (byte* source = image.Pixels)
                {
                    if (tjCompress2(handle, source, image.Width, image.Stride, image.Height, PixelFormatRgb, ref buffer, ref size, Subsampling420, Math.Clamp(quality, 1, 100), FlagAccurateDct) != 0)
                        throw new InvalidOperationException($"JPEG encoding failed: {Marshal.PtrToStringUTF8(tjGetErrorStr2(handle))}");
                }
            }
            var jpeg = new byte[(int)size];
            Marshal.Copy(buffer, jpeg, 0, jpeg.Length);
            return jpeg;
        }
        finally
        {
            if (buffer != 0)
                tjFree(buffer);
            tjDestroy(handle);
        }
    }

    private static ImageRejectedException Rejected(nint handle)
    {
        var reason = Marshal.PtrToStringUTF8(tjGetErrorStr2(handle)) ?? "unknown error";
        return reason.Contains("Premature end", StringComparison.OrdinalIgnoreCase)
            ? new ImageRejectedException(ImageRejections.Truncated, "This photo is incomplete: the file ends too early. Upload it again.")
            : new ImageRejectedException(ImageRejections.Corrupt, $"This JPEG photo cannot be read ({reason}).");
    }

    [LibraryImport(Library)]
    private static partial nint tjInitDecompress();

    [LibraryImport(Library)]
    private static partial nint tjInitCompress();

    [LibraryImport(Library)]
    private static unsafe partial int tjDecompressHeader3(nint handle, byte* jpegBuf, nuint jpegSize, out int width, out int height, out int subsampling, out int colorspace);

    [LibraryImport(Library)]
    private static unsafe partial int tjDecompress2(nint handle, byte* jpegBuf, nuint jpegSize, byte* dstBuf, int width, int pitch, int height, int pixelFormat, int flags);

    [LibraryImport(Library)]
    private static unsafe partial int tjCompress2(nint handle, byte* srcBuf, int width, int pitch, int height, int pixelFormat, ref nint jpegBuf, ref nuint jpegSize, int subsampling, int quality, int flags);

    [LibraryImport(Library)]
    private static partial void tjFree(nint buffer);

    [LibraryImport(Library)]
    private static partial int tjDestroy(nint handle);

    [LibraryImport(Library)]
    private static partial nint tjGetErrorStr2(nint handle);
}
