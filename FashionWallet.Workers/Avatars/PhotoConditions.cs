using FashionWallet.Avatars.Bodies;
using FashionWallet.Workers.Rendering;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// How a pair of photos of a body is taken, as the upload page asks: the phone stays in one place (propped or on a
/// tripod, upright, about hip height, 2.4-3.4 m away), the person stands in an A-pose facing it, then turns to show
/// a side; tight clothes. Everything else varies: skin, clothes, hair, wall and floor, light, and a few degrees of
/// body turn and camera roll.
/// </summary>
public sealed record PhotoConditions(PhotoLook Look, PhotoRoom Room, PhotoLighting Lighting, double CameraDistance, double CameraHeight,
    double Fov, double Roll, double CameraX, double FrontYaw, double SideYaw, double AimOffsetDegrees)
{
    public static readonly string[] SkinTones = ["#f3d9c8", "#eac3a6", "#dcab86", "#c99169", "#b47a52", "#9a6441", "#7c4d31", "#5e3a25", "#452a1b"];
    private static readonly string[] Hair = ["#1b1410", "#2b1d14", "#4a3322", "#7a5a3a", "#b08d5b", "#8c8c8c"];
    private static readonly string[] Clothes = ["#1f2a44", "#111111", "#3d3d3d", "#7a1f2b", "#2f4f3a", "#5b3a6e", "#c2410c", "#0f766e", "#e5e5e5", "#3b82f6"];
    private static readonly string[] Walls = ["#e8e4dc", "#d6d3ce", "#f2efe8", "#c9d3dc", "#dcd2c0", "#b9c4b0", "#efe6d8", "#a9b4c2", "#8f8a83"];
    private static readonly string[] Floors = ["#9b7b5a", "#7d5f43", "#b5a189", "#6e6a64", "#c8beb0", "#5a4632"];

    /// <summary>A typical indoor shot: a plain light wall, a wooden floor, soft light.</summary>
    public static PhotoConditions Default { get; } = new(
        new PhotoLook(SkinTones[3]), new PhotoRoom(new SurfaceStyle("plain", ["#e8e4dc"], Noise: 4), new SurfaceStyle("planks", ["#9b7b5a", "#7d5f43"], Noise: 8)),
        new PhotoLighting(), 2.8, 1.1, 62, 0, 0, 0, 90, 0);

    public static PhotoConditions Sample(Random random)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        double Between(double low, double high) => low + (high - low) * random.NextDouble();
        var woman = random.NextDouble() < 0.5;
        var look = new PhotoLook(
            Skin: Pick(SkinTones),
            Hair: Pick(Hair),
            Top: random.NextDouble() < (woman ? 0.95 : 0.4) ? Pick(Clothes) : null,
            Bottom: Pick(Clothes),
            TopCropped: woman && random.NextDouble() < 0.6,
            BottomLegLength: Between(0.0, 0.12),
            BottomRise: Between(0.0, 0.9),
            TopReach: Between(0.3, 0.7));
        var wallKind = Pick(new[] { "plain", "plain", "gradient", "stripes", "bricks", "planks" });
        var wallColour = Pick(Walls);
        var wall = new SurfaceStyle(wallKind, [wallColour, Shade(wallColour, Between(0.82, 0.95))], Noise: Between(0, 14), Tile: Between(0.8, 2.5), Seed: random.Next());
        var floorColour = Pick(Floors);
        var floor = new SurfaceStyle(Pick(new[] { "plain", "planks", "planks" }), [floorColour, Shade(floorColour, Between(0.8, 0.92))], Noise: Between(2, 16), Tile: Between(0.6, 1.5), Seed: random.Next());
        var lighting = new PhotoLighting(Ambient: Between(0.8, 1.5), Key: Between(1.4, 3.0), Fill: Between(0.2, 0.9), Azimuth: Between(-55, 55), Elevation: Between(20, 60),
            KeyColor: Pick(new[] { "#fff6ea", "#ffffff", "#ffe9cf", "#eef3ff" }));
        var side = random.NextDouble() < 0.5 ? 90 : -90;
        return new PhotoConditions(look, new PhotoRoom(wall, floor, Between(0.8, 2.0)), lighting,
            CameraDistance: Between(2.4, 3.4), CameraHeight: Between(0.85, 1.35), Fov: Between(58, 66), Roll: Between(-1.5, 1.5), CameraX: Between(-0.05, 0.05),
            FrontYaw: Between(-4, 4), SideYaw: side + Between(-4, 4), AimOffsetDegrees: Between(-2, 2));
    }

    /// <summary>The front and side views of a body of this height: aimed so head and feet are in the frame with a margin.</summary>
    public IReadOnlyList<CameraView> Views(double bodyHeightMetres)
    {
        var above = Math.Atan2(bodyHeightMetres + 0.05 - CameraHeight, CameraDistance);
        var below = Math.Atan2(CameraHeight + 0.05, CameraDistance);
        var pitch = (above - below) / 2 + AimOffsetDegrees * Math.PI / 180;
        var aim = CameraHeight + CameraDistance * Math.Tan(pitch);
        return
        [
            new CameraView("front", FrontYaw, CameraDistance, CameraHeight, aim, Fov, Roll, CameraX),
            new CameraView("side", SideYaw, CameraDistance, CameraHeight, aim, Fov, Roll, CameraX),
        ];
    }

    private static string Shade(string hex, double factor)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        return "#" + Convert.ToHexString(rgb.Select(c => (byte)Math.Clamp(c * factor, 0, 255)).ToArray()).ToLowerInvariant();
    }
}
