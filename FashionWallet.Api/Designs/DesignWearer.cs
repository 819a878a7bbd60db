using FashionWallet.Avatars;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Geometry.Scenes;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>
/// Who a design is shown on: its own avatar, else the owner's default avatar, else a typical body, so a new
/// person sees their garment before they have made an avatar. <see cref="Key"/> names the body for caches.
/// </summary>
internal sealed record DesignWearer(string Key, Func<BodyModel> Body, PbrMaterial Skin)
{
    /// <summary>Fewer triangles than an avatar page's model: the preview is reloaded after every edit and must stay under 2 MB with the garment.</summary>
    public const BodyLevelOfDetail LevelOfDetail = BodyLevelOfDetail.Medium;

    private const double TypicalHeightCm = 168;

    public static async Task<DesignWearer> FindAsync(FashionWalletDbContext db, Design design, CancellationToken cancellationToken)
    {
        var avatars = db.Avatars.Where(a => a.OwnerId == design.OwnerId && a.Status == AvatarStatus.Ready && a.CurrentVersion > 0);
        var avatar = design.AvatarId is { } avatarId ? await avatars.FirstOrDefaultAsync(a => a.Id == avatarId, cancellationToken) : null;
        avatar ??= await avatars.FirstOrDefaultAsync(a => a.IsDefault, cancellationToken);
        var version = avatar is null ? null
            : await db.AvatarVersions.FirstOrDefaultAsync(v => v.AvatarId == avatar.Id && v.Version == avatar.CurrentVersion, cancellationToken);
        if (avatar is null || version is null)
            return new DesignWearer("typical", () => ParametricBody.Generate(BodyMeasurements.Typical(TypicalHeightCm, Sex.Female), LevelOfDetail), AvatarScene.DefaultSkin);
        var skin = version.SkinTone is { } hex ? AvatarScene.DefaultSkin with { BaseColor = AvatarModels.LinearColour(hex) } : AvatarScene.DefaultSkin;
        return new DesignWearer($"{avatar.Id:N}-{version.Version}",
            () => ParametricBody.Generate(AvatarMeasurements.FromJson(version.Measurements).Body(AvatarModels.SexOf(avatar.Sex)), LevelOfDetail), skin);
    }
}
