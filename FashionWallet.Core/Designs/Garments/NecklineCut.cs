using System.Numerics;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// The opening a neckline cuts below a bodice's top ring: how far down the edge sits at each angle round the body,
/// deepest at the centre front (and, for a boat neck, a little at the back). Each column of the tube is pulled down to
/// the edge with its rows kept in proportion, so the panel stays one grid on the same surface and its texture
/// coordinates stay metres of fabric. Depths below the nape's height follow the flat's (a crew about 6 cm, a V about 20).
/// </summary>
internal sealed record NecklineCut(float FrontDepth, float BackDepth, float HalfWidth, Func<float, float> Profile)
{
    private const float FrontCentre = MathF.PI / 2;
    private const float BackCentre = 3 * MathF.PI / 2;

    /// <summary>The cut for a neckline word; none for a collar or stand, which is a band round the base of the neck.</summary>
    public static NecklineCut? For(string neckline) => neckline switch
    {
        "collared" or "mandarin" or "turtleneck" or "hooded" => null,
        "v-neck" => new(0.19f, 0, 0.9f, t => 1 - t),
        "notched-lapel" => new(0.22f, 0, 0.9f, t => 1 - t),
        "scoop" => new(0.13f, 0, 1.05f, Ellipse),
        "cowl" => new(0.11f, 0, 1.05f, Ellipse),
        "square" => new(0.12f, 0, 0.9f, t => 1 - MathF.Pow(t, 8)),
        // Two curves over the bust that meet in a point at the centre.
        "sweetheart" => new(0.13f, 0, 1.05f, t => Ellipse(t) * (0.8f + 0.2f * MathF.Max(0, 1 - t / 0.3f))),
        "boat" => new(0.03f, 0.02f, 1.35f, t => 1 - MathF.Pow(t, 4)),
        // A crew neck (and a halter's or an unnamed one) is lower at the front of the neck than at the nape.
        _ => new(0.055f, 0, 0.95f, Ellipse),
    };

    /// <summary>How far below the top ring the edge is at an angle (0 at +X, turning towards the front at +Z).</summary>
    public float DepthAt(float angle) => MathF.Max(Depth(angle, FrontCentre, FrontDepth), Depth(angle, BackCentre, BackDepth));

    /// <summary>Moves every column's rows from the top ring down to the edge; rows are at <paramref name="heights"/>, top first.</summary>
    public void Apply(List<Vector3[]> rings, IReadOnlyList<float> heights, float[] angles)
    {
        var (top, bottom) = (heights[0], heights[^1]);
        for (var k = 0; k < angles.Length; k++)
        {
            var edge = top - MathF.Min(DepthAt(angles[k]), 0.6f * (top - bottom));
            if (edge >= top)
                continue;
            var column = rings.Select(ring => ring[k]).ToArray();
            for (var i = 0; i < rings.Count; i++)
                rings[i][k] = AtHeight(column, heights, bottom + (heights[i] - bottom) * (edge - bottom) / (top - bottom));
        }
    }

    private float Depth(float angle, float centre, float depth)
    {
        var off = MathF.Abs(MathF.IEEERemainder(angle - centre, 2 * MathF.PI));
        return depth <= 0 || off >= HalfWidth ? 0 : depth * Profile(off / HalfWidth);
    }

    private static float Ellipse(float t) => MathF.Sqrt(MathF.Max(0, 1 - t * t));

    /// <summary>The point of a column (one point per row, rows descending) at a height between its first and last.</summary>
    private static Vector3 AtHeight(Vector3[] column, IReadOnlyList<float> heights, float y)
    {
        var i = 0;
        while (i < column.Length - 2 && heights[i + 1] > y)
            i++;
        var t = (heights[i] - y) / (heights[i] - heights[i + 1]);
        return Vector3.Lerp(column[i], column[i + 1], Math.Clamp(t, 0, 1));
    }
}
