using System.Collections.Concurrent;
using FashionWallet.Imaging;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// A fabric's surface as a small seamless tile, by its weave: threads over and under for wovens (plain, twill,
/// satin, dobby, jacquard), rows of V stitches for knits, soft noise for fleece, pile and nonwovens. Grey, from 80%
/// to full brightness, so it shades the panel's colour without changing it. One tile is <see cref="TileMetres"/> of
/// fabric with <see cref="Threads"/> threads each way: coarser than any real cloth, so the weave reads in a preview.
/// </summary>
public static class FabricWeave
{
    public const float TileMetres = 0.02f;
    public const int Threads = 8;
    private const int ThreadPixels = 8;
    private const int Size = Threads * ThreadPixels;

    private static readonly ConcurrentDictionary<string, byte[]> Tiles = new(StringComparer.Ordinal);

    public static byte[] TilePng(string weave) => Tiles.GetOrAdd(weave, w => PngCodec.Encode(Tile(w)));

    public static RgbImage Tile(string weave)
    {
        var image = new RgbImage(Size, Size);
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var grey = (byte)MathF.Round(255 * (0.8f + 0.2f * Math.Clamp(Shade(weave, x, y), 0, 1)));
                image[x, y] = (grey, grey, grey);
            }
        }
        return image;
    }

    /// <summary>Brightness from 0 to 1 at a pixel of the tile.</summary>
    private static float Shade(string weave, int x, int y)
    {
        var (u, v) = ((x + 0.5f) / ThreadPixels, (y + 0.5f) / ThreadPixels);
        var (i, j) = ((int)u, (int)v);
        var (fu, fv) = (u - i, v - j);
        return weave switch
        {
            "plain" => Woven((i + j) % 2 == 0, fu, fv),
            "twill" => Woven(Modulo(i - j, 4) < 2, fu, fv),
            "satin" => 0.35f + 0.65f * Woven(Modulo(2 * i + j, 5) != 0, fu, fv),
            "dobby" => Woven((Math.Abs(i - Threads / 2) + Math.Abs(j - Threads / 2)) % 3 == 0, fu, fv),
            // A round motif in plain weave on a twill ground.
            "jacquard" => Woven(Square(i - 3.5f) + Square(j - 3.5f) < 9 ? (i + j) % 2 == 0 : Modulo(i - j, 4) < 2, fu, fv),
            "jersey" or "interlock" => Knit(fu, fv),
            "rib" => Knit(fu, fv) * (i % 2 == 0 ? 1 : 0.6f),
            _ => Noise(x, y),
        };
    }

    /// <summary>A thread's round top, across the vertical (warp) thread when it is on top, else across the weft.</summary>
    private static float Woven(bool warpOnTop, float fu, float fv) => MathF.Sin(MathF.PI * (warpOnTop ? fu : fv));

    /// <summary>A stitch: a V of two legs, darker in the gap between columns (wales).</summary>
    private static float Knit(float fu, float fv)
    {
        var chevron = 0.5f + 0.5f * MathF.Cos(2 * MathF.PI * (fv + MathF.Abs(fu - 0.5f)));
        return chevron * (0.6f + 0.4f * MathF.Sin(MathF.PI * fu));
    }

    /// <summary>Smooth value noise that wraps at the tile's edges, at two scales.</summary>
    private static float Noise(int x, int y) => 0.6f * ValueNoise(x, y, 16) + 0.4f * ValueNoise(x, y, 4);

    private static float ValueNoise(int x, int y, int cell)
    {
        var cells = Size / cell;
        var (u, v) = ((float)x / cell, (float)y / cell);
        var (i, j) = ((int)u, (int)v);
        var (fu, fv) = (Smooth(u - i), Smooth(v - j));
        float At(int a, int b) => Hash(a % cells, b % cells);
        return float.Lerp(float.Lerp(At(i, j), At(i + 1, j), fu), float.Lerp(At(i, j + 1), At(i + 1, j + 1), fu), fv);
    }

    private static float Smooth(float t) => t * t * (3 - 2 * t);

    private static float Hash(int x, int y) => (uint)((x * 73856093) ^ (y * 19349663)) * 2654435761u / (float)uint.MaxValue;

    private static int Modulo(int a, int m) => (a % m + m) % m;

    private static float Square(float a) => a * a;
}
