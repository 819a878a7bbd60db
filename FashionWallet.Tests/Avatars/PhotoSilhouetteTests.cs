using System.Numerics;
using FashionWallet.Avatars.Photos;

namespace FashionWallet.Tests.Avatars;

/// <summary>
/// Edges come from the photo, not the blocky mask: widths within a pixel of the drawn shapes, and gaps the mask
/// bridges found again.
/// </summary>
public sealed class PhotoSilhouetteTests
{
    [Fact]
    public void Row_widths_of_an_ellipse_are_read_within_a_pixel_despite_a_mask_that_overreaches_by_blocks()
    {
        var figure = new TestFigure().Ellipse(270, 480, 90.3, 300);
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());

        foreach (var row in new[] { 250, 300, 400, 480, 560, 650 })
        {
            var expected = 2 * 90.3 * Math.Sqrt(1 - Math.Pow((row + 0.5 - 480) / 300, 2));
            var span = Assert.Single(silhouette.RowSpans(row));
            Assert.InRange(span.Right - span.Left, expected - 1, expected + 1);
        }
    }

    [Fact]
    public void A_gap_the_mask_bridges_splits_the_row_again()
    {
        // Two legs 12 px apart: the coarse mask joins them.
        var figure = new TestFigure().Rectangle(200, 300, 262, 700).Rectangle(274, 300, 336, 700);
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());

        Assert.Single(silhouette.Runs(500));
        var spans = silhouette.RowSpans(500);
        Assert.Equal(2, spans.Count);
        Assert.InRange(spans[0].Right - spans[0].Left, 61, 63);
        Assert.InRange(spans[1].Left - spans[0].Right, 11, 13);
        Assert.Single(silhouette.RowSpans(500, splitGaps: false));
    }

    [Fact]
    public void Reach_along_any_direction_finds_the_drawn_edge()
    {
        var figure = new TestFigure().Ellipse(270, 480, 100, 100);
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());

        foreach (var angle in new[] { 0.0, 0.7, 2.1, 4.0 })
        {
            var direction = new Vector2((float)Math.Cos(angle), (float)Math.Sin(angle));
            Assert.InRange(silhouette.Reach(new Vector2(270, 480), direction), 99, 101);
        }
    }

    [Fact]
    public void The_person_is_the_largest_region_and_the_others_are_counted()
    {
        var figure = new TestFigure().Ellipse(200, 480, 60, 300).Ellipse(450, 100, 20, 20);
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.ExactMask());

        Assert.Equal(2, silhouette.Components.Sizes.Count);
        Assert.False(silhouette.Contains(450, 100));
        Assert.True(silhouette.Contains(200, 480));
        Assert.InRange(silhouette.Top, 179, 181);
    }

    [Fact]
    public void The_ellipse_perimeter_of_a_circle_is_its_circumference()
    {
        Assert.Equal(2 * Math.PI * 10, PhotoFeatures.Ellipse(20, 20), 6);
        // Ramanujan's approximation for a 2:1 ellipse of semi-axes 2 and 1: 9.6884.
        Assert.Equal(9.6884, PhotoFeatures.Ellipse(4, 2), 3);
    }
}
