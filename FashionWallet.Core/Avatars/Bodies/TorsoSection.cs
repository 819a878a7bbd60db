namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// A horizontal torso cross-section: two half-ellipses sharing the half-width, one deep in front (+Z), one behind.
/// Metres, centred on the body's vertical axis.
/// </summary>
internal readonly record struct TorsoSection(float Height, float HalfWidth, float FrontDepth, float BackDepth)
{
    /// <summary>The section's perimeter (Ramanujan's ellipse approximation for each half).</summary>
    public float Perimeter => (EllipsePerimeter(HalfWidth, FrontDepth) + EllipsePerimeter(HalfWidth, BackDepth)) / 2;

    public TorsoSection Scaled(float width, float front, float back) => this with { HalfWidth = HalfWidth * width, FrontDepth = FrontDepth * front, BackDepth = BackDepth * back };

    /// <summary>The section of a given girth, width-to-depth aspect and share of the depth in front.</summary>
    public static TorsoSection ForGirth(float height, float girth, float aspect, float frontShare)
    {
        var depth = 2 / aspect;
        var unit = new TorsoSection(height, 1, frontShare * depth, (1 - frontShare) * depth);
        var scale = girth / unit.Perimeter;
        return unit.Scaled(scale, scale, scale);
    }

    private static float EllipsePerimeter(float a, float b) => MathF.PI * (3 * (a + b) - MathF.Sqrt((3 * a + b) * (a + 3 * b)));
}
