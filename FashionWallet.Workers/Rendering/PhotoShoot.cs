namespace FashionWallet.Workers.Rendering;

/// <summary>
/// One shoot of a glTF body by the photographer page (<c>Scripts/pages/photographer.js</c>): the same body, look,
/// room and light, from each view in turn. Metres and degrees; the body stands on y = 0 facing +Z.
/// </summary>
public sealed record PhotoShoot(
    byte[] Glb,
    PhotoLook Look,
    PhotoRoom Room,
    PhotoLighting Lighting,
    IReadOnlyList<CameraView> Views,
    int Width = 1080,
    int Height = 1920,
    double JpegQuality = 0.9,
    bool Truth = false);

/// <summary>
/// Skin and hair (hex colours) and tight clothing painted on by height bands: briefs or shorts from a little below
/// the crotch (<paramref name="BottomLegLength"/>, a fraction of the height) to part of the way from the high hip to
/// the waist, and a top (a bra when cropped) up to part of the way from the chest to the neck. Null leaves skin.
/// </summary>
public sealed record PhotoLook(
    string Skin,
    string? Hair = "#2b1d14",
    string? Top = null,
    string? Bottom = "#1f2a44",
    bool TopCropped = false,
    double BottomLegLength = 0.03,
    double BottomRise = 0.3,
    double TopReach = 0.5,
    string? Eyes = "#3b2a1e",
    string? Lips = "#a4524d");

/// <summary>A wall or floor: plain, gradient, stripes, bricks or planks, with optional pixel noise (0-255); tile in metres.</summary>
public sealed record SurfaceStyle(string Kind, IReadOnlyList<string> Colors, double Noise = 0, double Tile = 1.5, int Seed = 1, double Angle = 0.3);

public sealed record PhotoRoom(SurfaceStyle Wall, SurfaceStyle Floor, double WallDistance = 1.2);

/// <summary>A sky/ground ambient light and a key light with soft shadows (azimuth 0 = from the camera), plus a fill.</summary>
public sealed record PhotoLighting(
    double Ambient = 1.2,
    double Key = 2.2,
    double Fill = 0.6,
    double Azimuth = 30,
    double Elevation = 40,
    string KeyColor = "#fff6ea",
    string Sky = "#ffffff",
    string Ground = "#8a7f70");

/// <summary>
/// A camera on the +Z side at <paramref name="Distance"/> from the body's axis, aimed at a height; the body turned by
/// <paramref name="Yaw"/> (90 shows its right side), the camera rolled by <paramref name="Roll"/>. Fov is vertical.
/// </summary>
public sealed record CameraView(string Name, double Yaw, double Distance, double CameraHeight, double AimHeight, double Fov = 62, double Roll = 0, double CameraX = 0)
{
    /// <summary>
    /// Where a point of the body (its own frame: metres, facing +Z) lands in a photo of this view, in pixels: the
    /// body turned by the yaw, then three.js's perspective camera (aimed with lookAt, then rolled).
    /// </summary>
    public (double X, double Y) Project(System.Numerics.Vector3 bodyPoint, int width, int height)
    {
        var yaw = Yaw * Math.PI / 180;
        var world = new System.Numerics.Vector3(
            (float)(bodyPoint.X * Math.Cos(yaw) + bodyPoint.Z * Math.Sin(yaw)), bodyPoint.Y, (float)(-bodyPoint.X * Math.Sin(yaw) + bodyPoint.Z * Math.Cos(yaw)));
        var eye = new System.Numerics.Vector3((float)CameraX, (float)CameraHeight, (float)Distance);
        var forward = System.Numerics.Vector3.Normalize(new System.Numerics.Vector3(0, (float)AimHeight, 0) - eye);
        var right = System.Numerics.Vector3.Normalize(System.Numerics.Vector3.Cross(forward, System.Numerics.Vector3.UnitY));
        var up = System.Numerics.Vector3.Cross(right, forward);
        var roll = (float)(Roll * Math.PI / 180);
        (right, up) = (right * MathF.Cos(roll) + up * MathF.Sin(roll), up * MathF.Cos(roll) - right * MathF.Sin(roll));
        var v = world - eye;
        var (x, y, depth) = (System.Numerics.Vector3.Dot(v, right), System.Numerics.Vector3.Dot(v, up), System.Numerics.Vector3.Dot(v, forward));
        var focal = 1 / Math.Tan(Fov * Math.PI / 360);
        var aspect = width / (double)height;
        return ((focal / aspect * x / depth + 1) / 2 * width, (1 - focal * y / depth) / 2 * height);
    }
}

/// <summary>
/// One view's photograph (JPEG), and what only a renderer knows: the person's true silhouette (PNG, white on black,
/// when the shoot asked for the truth) and where each named joint of the glTF landed, in pixels.
/// </summary>
public sealed record Photograph(string Name, byte[] Jpeg, byte[]? TruthMaskPng, IReadOnlyDictionary<string, (double X, double Y)> Joints);
