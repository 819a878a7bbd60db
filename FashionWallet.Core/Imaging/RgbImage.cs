namespace FashionWallet.Imaging;

/// <summary>8-bit RGB pixels, row by row, three bytes a pixel, no padding.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[]? pixels = null)
    {
        if (width <= 0 || height <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), "An image has at least one pixel.");
        Width = width;
        Height = height;
        Pixels = pixels ?? new byte[checked(width * height * 3)];
        if (Pixels.Length != width * height * 3)
            throw new ArgumentException($"Expected {width * height * 3} bytes of pixels, got {Pixels.Length}.", nameof(pixels));
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public int Stride => Width * 3;

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 3;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2]);
        }
        set
        {
            var i = (y * Width + x) * 3;
            (Pixels[i], Pixels[i + 1], Pixels[i + 2]) = value;
        }
    }

    /// <summary>Applies an EXIF orientation (1 to 8) so the image stands as the camera saw it.</summary>
    public RgbImage Oriented(int orientation)
    {
        if (orientation is < 2 or > 8)
            return this;
        var swaps = orientation >= 5;
        var result = new RgbImage(swaps ? Height : Width, swaps ? Width : Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (tx, ty) = orientation switch
                {
                    2 => (Width - 1 - x, y),
                    3 => (Width - 1 - x, Height - 1 - y),
                    4 => (x, Height - 1 - y),
                    5 => (y, x),
                    6 => (Height - 1 - y, x),
                    7 => (Height - 1 - y, Width - 1 - x),
                    _ => (y, Width - 1 - x),
                };
                result[tx, ty] = this[x, y];
            }
        }
        return result;
    }

    /// <summary>Mean luminance (Rec. 601), 0 to 255.</summary>
    public double MeanLuminance()
    {
        long sum = 0;
        for (var i = 0; i < Pixels.Length; i += 3)
            sum += (Pixels[i] * 299 + Pixels[i + 1] * 587 + Pixels[i + 2] * 114) / 1000;
        return sum / (double)(Width * Height);
    }
}
