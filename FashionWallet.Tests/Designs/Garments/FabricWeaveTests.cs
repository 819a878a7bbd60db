using FashionWallet.Catalog;
using FashionWallet.Designs.Garments;
using FashionWallet.Imaging;

namespace FashionWallet.Tests.Designs.Garments;

public sealed class FabricWeaveTests
{
    public static TheoryData<string> Weaves => [.. CatalogVocabulary.Weaves];

    [Theory]
    [MemberData(nameof(Weaves))]
    public void Every_weave_is_a_grey_tile_with_texture_that_repeats_without_a_seam(string weave)
    {
        var tile = FabricWeave.Tile(weave);
        var greys = Enumerable.Range(0, tile.Height).SelectMany(y => Enumerable.Range(0, tile.Width).Select(x => tile[x, y])).ToList();

        Assert.All(greys, p => Assert.True(p.R == p.G && p.G == p.B, "grey"));
        Assert.InRange(greys.Min(p => p.R), 204, 255);
        Assert.True(greys.Max(p => p.R) - greys.Min(p => p.R) >= 20, $"{weave} is nearly flat");
        // Across the tile's edges (last column to the first, last row to the first) no larger a step than between threads inside it.
        Assert.True(Step(tile, wrap: true) <= 1.5 * Step(tile, wrap: false) + 1, $"{weave}: a seam where the tile repeats");
    }

    [Fact]
    public void Weaves_look_different_and_a_twill_runs_on_the_diagonal()
    {
        var (plain, twill, jersey) = (FabricWeave.Tile("plain"), FabricWeave.Tile("twill"), FabricWeave.Tile("jersey"));

        Assert.NotEqual(plain.Pixels, twill.Pixels);
        Assert.NotEqual(twill.Pixels, jersey.Pixels);
        // A 2/2 twill is the same one thread along the diagonal and different one thread across it.
        Assert.True(Difference(twill, 8, 8) < Difference(twill, 8, -8) / 2, "twill lines run down to the right");
        Assert.Equal(FabricWeave.Tile("satin").Pixels, PngCodec.Decode(FabricWeave.TilePng("satin")).Pixels);
    }

    /// <summary>
    /// The mean step in grey from one thread to the next (where a thread ends and the next begins, as at the tile's
    /// edges): across the tile's wrapping edges only, or at the thread boundaries inside it.
    /// </summary>
    private static double Step(RgbImage tile, bool wrap)
    {
        var thread = tile.Width / FabricWeave.Threads;
        var steps = new List<int>();
        for (var a = 0; a < tile.Height; a++)
        {
            for (var b = wrap ? 0 : thread; b < tile.Width; b += thread)
            {
                var before = (b - 1 + tile.Width) % tile.Width;
                steps.Add(Math.Abs(tile[before, a].R - tile[b, a].R));
                steps.Add(Math.Abs(tile[a, before].R - tile[a, b].R));
                if (wrap)
                    break;
            }
        }
        return steps.Average();
    }

    /// <summary>Mean grey difference between each pixel and the one (dx, dy) away, wrapping.</summary>
    private static double Difference(RgbImage tile, int dx, int dy) =>
        Enumerable.Range(0, tile.Height).SelectMany(y => Enumerable.Range(0, tile.Width).Select(x =>
            Math.Abs(tile[x, y].R - tile[(x + dx + tile.Width) % tile.Width, (y + dy + tile.Height) % tile.Height].R))).Average();
}
