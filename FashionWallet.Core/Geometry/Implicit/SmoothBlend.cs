namespace FashionWallet.Geometry.Implicit;

/// <summary>
/// Quadratic smooth minimum and maximum (Quilez): like min/max, but within <c>k</c> metres of each other the two
/// surfaces merge with a fillet instead of a crease. Each is 1-Lipschitz when its arguments are.
/// </summary>
public static class SmoothBlend
{
    public static float Min(float a, float b, float k)
    {
        var h = MathF.Max(k - MathF.Abs(a - b), 0f) / k;
        return MathF.Min(a, b) - h * h * k * 0.25f;
    }

    public static float Max(float a, float b, float k) => -Min(-a, -b, k);
}
