using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;

namespace FashionWallet.Tests.Avatars;

public sealed class PersonRegionTests
{
    /// <summary>A mask of <paramref name="width"/> x <paramref name="height"/> with one person: a filled box.</summary>
    private static PersonMask MaskWith(int width, int height, int left, int top, int right, int bottom)
    {
        var values = new byte[width * height];
        for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
                values[y * width + x] = 255;
        return new PersonMask(width, height, values);
    }

    [Fact]
    public void A_person_far_back_gets_a_portrait_region_with_room_around_them_in_the_photos_pixels()
    {
        // A 360 x 640 mask of a 1080 x 1920 photo: the person stands 200 of 640 rows tall, right of centre.
        var everyone = MaskWith(360, 640, 200, 300, 249, 499);

        var region = PersonRegion.Around(everyone, 1080, 1920)!.Value;

        var (personTop, personBottom) = (300 * 3, 500 * 3);
        Assert.InRange(region.Y, personTop - 0.21 * 600, personTop - 0.19 * 600);
        Assert.InRange(region.Y + region.Height, personBottom + 0.19 * 600, personBottom + 0.21 * 600);
        Assert.True(region.Width >= region.Height * PersonRegion.MinimumAspect - 1, $"{region}");
        Assert.InRange(region.X + region.Width / 2.0, 675 - 2, 675 + 2);
        Assert.True(region.X >= 0 && region.X + region.Width <= 1080 && region.Y >= 0 && region.Y + region.Height <= 1920, $"{region}");
    }

    [Fact]
    public void A_region_at_the_photos_edge_is_moved_inside_it()
    {
        var everyone = MaskWith(360, 640, 0, 100, 40, 400);

        var region = PersonRegion.Around(everyone, 1080, 1920)!.Value;

        Assert.Equal(0, region.X);
        Assert.True(region.X + region.Width <= 1080 && region.Y + region.Height <= 1920, $"{region}");
    }

    [Fact]
    public void Nobody_or_someone_filling_the_photo_gets_no_region()
    {
        Assert.Null(PersonRegion.Around(new PersonMask(36, 64, new byte[36 * 64]), 1080, 1920));
        Assert.Null(PersonRegion.Around(MaskWith(36, 64, 5, 2, 30, 61), 1080, 1920));
    }

    [Fact]
    public void What_is_read_on_the_region_lands_where_it_is_in_the_photo()
    {
        var photo = new RgbImage(100, 80);
        photo[30, 20] = (9, 8, 7);
        var region = new PersonRegion(25, 15, 40, 50);
        var cut = region.Cut(photo);
        var maskValues = new byte[40 * 50];
        maskValues[5 * 40 + 5] = 200;

        var placed = region.Place(new PoseEstimate([new PoseLandmark(5, 5, -3, 0.9)], new PersonMask(40, 50, maskValues), 12), 100, 80);

        Assert.Equal((40, 50), (cut.Width, cut.Height));
        Assert.Equal(((byte)9, (byte)8, (byte)7), cut[5, 5]);
        Assert.Equal(new PoseLandmark(30, 20, -3, 0.9), placed.Landmarks![0]);
        Assert.Equal((100, 80), (placed.Mask!.Width, placed.Mask.Height));
        Assert.Equal(200, placed.Mask[30, 20]);
        Assert.Equal(1, placed.Mask.Values.Count(v => v > 0));
        Assert.Equal(12, placed.InferenceMs);
    }
}
