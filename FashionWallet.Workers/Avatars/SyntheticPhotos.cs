using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Workers.Chromium;
using FashionWallet.Workers.Rendering;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// Photographs of known bodies: the parametric body built from measurements, photographed front and side by the
/// photographer page. For tests, calibration and the accuracy benchmark; what a person would upload, with the
/// truth beside it.
/// </summary>
public sealed class SyntheticPhotos(ChromiumHost chromium)
{
    private readonly Photographer _photographer = new(chromium);

    /// <summary>A front and a side JPEG (1080 x 1920) of the body these measurements build.</summary>
    public async Task<(byte[] FrontJpeg, byte[] SideJpeg)> RenderPairAsync(BodyMeasurements measurements, PhotoConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var body = ParametricBody.Generate(measurements);
        var photos = await ShootAsync(body, conditions ?? PhotoConditions.Default, truth: false, cancellationToken);
        return (photos.Front.Jpeg, photos.Side.Jpeg);
    }

    /// <summary>Both photos of a generated body, with the true silhouettes and joint positions when asked.</summary>
    public async Task<(Photograph Front, Photograph Side)> ShootAsync(BodyModel body, PhotoConditions conditions, bool truth, CancellationToken cancellationToken)
    {
        var skin = AvatarScene.DefaultSkin;
        var glb = GlbWriter.Write(AvatarScene.Scene(body, skin));
        var shoot = new PhotoShoot(glb, conditions.Look, conditions.Room, conditions.Lighting, conditions.Views(body.Measurements.Height / 100), Truth: truth);
        var photos = await _photographer.ShootAsync(shoot, cancellationToken);
        return (photos.Single(p => p.Name == "front"), photos.Single(p => p.Name == "side"));
    }
}
