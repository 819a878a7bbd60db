using System.Numerics;

namespace FashionWallet.Geometry;

/// <summary>An axis-aligned box.</summary>
public readonly record struct Bounds3(Vector3 Min, Vector3 Max)
{
    public Vector3 Size => Max - Min;

    public Bounds3 Expand(float margin) => new(Min - new Vector3(margin), Max + new Vector3(margin));

    public Bounds3 Union(Bounds3 other) => new(Vector3.Min(Min, other.Min), Vector3.Max(Max, other.Max));

    public static Bounds3 Of(ReadOnlySpan<Vector3> points)
    {
        if (points.IsEmpty)
            throw new ArgumentException("A box needs at least one point.", nameof(points));
        var min = points[0];
        var max = points[0];
        foreach (var point in points[1..])
        {
            min = Vector3.Min(min, point);
            max = Vector3.Max(max, point);
        }
        return new Bounds3(min, max);
    }

    /// <summary>A sphere's box.</summary>
    public static Bounds3 Around(Vector3 centre, float radius) => new(centre - new Vector3(radius), centre + new Vector3(radius));
}
