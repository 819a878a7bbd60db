using FashionWallet.Imaging;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// The part of a photo the pose model is shown: the person found by segmentation with room around them, in the
/// photo's portrait shape. The model finds a person in a 224-pixel square; someone standing far back fills a third of
/// it and can be read turned when they face the camera. Shown their own region, everyone is seen at the same size.
/// </summary>
public readonly record struct PersonRegion(int X, int Y, int Width, int Height)
{
    /// <summary>Room above and below the person, as a fraction of their height.</summary>
    public const double Margin = 0.2;

    /// <summary>Width over height of the region at least (a phone's portrait photo).</summary>
    public const double MinimumAspect = 9.0 / 16;

    /// <summary>The region around the largest person in <paramref name="everyone"/> (a mask of the photo at any scale); null when nobody is found or the region would be most of the photo anyway.</summary>
    public static PersonRegion? Around(PersonMask everyone, int photoWidth, int photoHeight)
    {
        var largest = MaskComponents.Find(everyone).Largest;
        int left = int.MaxValue, right = -1, top = int.MaxValue, bottom = -1;
        for (var i = 0; i < largest.Length; i++)
        {
            if (!largest[i])
                continue;
            var (x, y) = (i % everyone.Width, i / everyone.Width);
            (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
        }
        if (right < 0)
            return null;
        var (scaleX, scaleY) = (photoWidth / (double)everyone.Width, photoHeight / (double)everyone.Height);
        var (personWidth, personHeight) = ((right + 1 - left) * scaleX, (bottom + 1 - top) * scaleY);
        var height = Math.Min(photoHeight, personHeight * (1 + 2 * Margin));
        var width = Math.Min(photoWidth, Math.Max(personWidth + 2 * Margin * personHeight, height * MinimumAspect));
        if (width * height > 0.8 * photoWidth * photoHeight)
            return null;
        var centreX = (left + right + 1) / 2.0 * scaleX;
        var centreY = (top + bottom + 1) / 2.0 * scaleY;
        var x0 = (int)Math.Clamp(Math.Round(centreX - width / 2), 0, photoWidth - Math.Ceiling(width));
        var y0 = (int)Math.Clamp(Math.Round(centreY - height / 2), 0, photoHeight - Math.Ceiling(height));
        return new PersonRegion(x0, y0, (int)Math.Ceiling(width), (int)Math.Ceiling(height));
    }

    public RgbImage Cut(RgbImage photo)
    {
        var region = new RgbImage(Width, Height);
        for (var row = 0; row < Height; row++)
            Array.Copy(photo.Pixels, ((Y + row) * photo.Width + X) * 3, region.Pixels, row * Width * 3, Width * 3);
        return region;
    }

    /// <summary>An estimate made on the region, in the whole photo's pixels: landmarks moved, the mask placed in a photo-sized one.</summary>
    public PoseEstimate Place(PoseEstimate estimate, int photoWidth, int photoHeight)
    {
        var (x0, y0) = (X, Y);
        var landmarks = estimate.Landmarks?.Select(l => l with { X = l.X + x0, Y = l.Y + y0 }).ToArray();
        PersonMask? mask = null;
        if (estimate.Mask is { } part)
        {
            var values = new byte[photoWidth * photoHeight];
            for (var row = 0; row < part.Height; row++)
                Array.Copy(part.Values, row * part.Width, values, (y0 + row) * photoWidth + x0, part.Width);
            mask = new PersonMask(photoWidth, photoHeight, values);
        }
        return estimate with { Landmarks = landmarks, Mask = mask };
    }

    /// <summary>The person's pose in <paramref name="photo"/>, read on their region when there is one.</summary>
    public static async Task<PoseEstimate> EstimatePoseAsync(IPoseInference inference, RgbImage photo, PersonMask everyone, CancellationToken cancellationToken)
    {
        if (Around(everyone, photo.Width, photo.Height) is not { } region)
            return await inference.EstimatePoseAsync(photo, cancellationToken);
        return region.Place(await inference.EstimatePoseAsync(region.Cut(photo), cancellationToken), photo.Width, photo.Height);
    }
}
