using System.Numerics;

namespace FashionWallet.Geometry.Implicit;

/// <summary>
/// A segment swept by a sphere whose radius follows a profile along it (limbs, necks): rounded at both ends.
/// The value is the distance to the axis point level with the query, less the radius there.
/// </summary>
public sealed class TaperedCapsule
{
    private readonly Vector3 _start;
    private readonly Vector3 _direction;
    private readonly float _length;
    private readonly MonotoneCubic _radius;

    /// <param name="radius">Radius over the fraction of the way from <paramref name="start"/> (0) to <paramref name="end"/> (1).</param>
    public TaperedCapsule(Vector3 start, Vector3 end, MonotoneCubic radius, float largestRadius)
    {
        (_start, _radius) = (start, radius);
        _length = Vector3.Distance(start, end);
        _direction = (end - start) / _length;
        Bounds = new Bounds3(Vector3.Min(start, end), Vector3.Max(start, end)).Expand(largestRadius);
    }

    public Bounds3 Bounds { get; }

    public float Distance(Vector3 point)
    {
        var offset = point - _start;
        var t = Math.Clamp(Vector3.Dot(offset, _direction) / _length, 0f, 1f);
        return Vector3.Distance(offset, _direction * (t * _length)) - _radius.Evaluate(t);
    }
}
