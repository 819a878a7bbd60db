using System.Net.Http.Headers;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Database;
using FashionWallet.Imaging;
using FashionWallet.Tests.Imaging;

namespace FashionWallet.Tests.Avatars;

/// <summary>Uploads and avatars for tests of everything around the photo analysis.</summary>
internal static class AvatarTestData
{
    /// <summary>A photo-sized JPEG (the intake's minimum is 720 x 1280) whose pixels depend on the seed.</summary>
    public static byte[] PortraitJpeg(int seed = 0, int width = 720, int height = 1280)
    {
        var image = TestImages.Gradient(width, height);
        for (var i = 0; i < image.Pixels.Length; i += 97)
            image.Pixels[i] ^= (byte)seed;
        return JpegCodec.Encode(image);
    }

    public static MultipartFormDataContent Upload(byte[]? front, byte[]? side, string? heightCm = "168", string? name = null, string frontType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        if (front is not null)
            form.Add(File(front, frontType), "front", "front.jpg");
        if (side is not null)
            form.Add(File(side, "image/jpeg"), "side", "side.jpg");
        if (heightCm is not null)
            form.Add(new StringContent(heightCm), "heightCm");
        if (name is not null)
            form.Add(new StringContent(name), "name");
        return form;
    }

    private static ByteArrayContent File(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    /// <summary>
    /// An avatar with a first version of typical measurements, recorded the way the worker records one, for tests of
    /// edits, versions and downloads (the photo analysis has tests of its own).
    /// </summary>
    public static async Task<Avatar> ReadyAvatarAsync(FashionWalletDbContext db, Guid ownerId, string name = "Studio fit", double heightCm = 168, bool isDefault = true)
    {
        var now = DateTimeOffset.UtcNow;
        var avatar = new Avatar
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = name, IsDefault = isDefault, Status = AvatarStatus.Processing,
            HeightCm = (decimal)heightCm, Sex = "female", CreatedAt = now, UpdatedAt = now,
        };
        db.Avatars.Add(avatar);
        await db.SaveChangesAsync();
        var body = BodyMeasurements.Typical(heightCm, Sex.Female);
        var confidence = Enum.GetValues<Measurement>().ToDictionary(m => m, _ => 0.8);
        await AvatarVersioning.AddAsync(db, avatar.Id, 0, new AvatarVersion
        {
            Source = AvatarVersionSources.Photos, Measurements = AvatarMeasurements.FromAnalysis(body, confidence).ToJson(),
            BodyType = BodyTypes.Classify(body).Code(), SkinTone = "#c68642", CreatedBy = ownerId,
        }, CancellationToken.None);
        avatar.CurrentVersion = 1;
        avatar.Status = AvatarStatus.Ready;
        return avatar;
    }
}
