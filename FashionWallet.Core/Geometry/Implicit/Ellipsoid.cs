using System.Numerics;

namespace FashionWallet.Geometry.Implicit;

/// <summary>
/// An oriented ellipsoid. The value is the scaled-sphere distance: exact zero set, never steeper than the true
/// distance (1-Lipschitz), shallower along the long axes.
/// </summary>
public sealed class Ellipsoid
{
    private readonly Vector3 _centre;
    private readonly Matrix4x4 _toLocal;
    private readonly Vector3 _inverseRadii;
    private readonly float _smallestRadius;

    /// <param name="axisX">The ellipsoid's first axis; the second is <paramref name="axisY"/> made orthogonal to it.</param>
    public Ellipsoid(Vector3 centre, Vector3 radii, Vector3 axisX, Vector3 axisY)
    {
        var x = Vector3.Normalize(axisX);
        var y = Vector3.Normalize(axisY - Vector3.Dot(axisY, x) * x);
        var z = Vector3.Cross(x, y);
        _centre = centre;
        _toLocal = new Matrix4x4(x.X, y.X, z.X, 0, x.Y, y.Y, z.Y, 0, x.Z, y.Z, z.Z, 0, 0, 0, 0, 1);
        _inverseRadii = Vector3.One / radii;
        _smallestRadius = MathF.Min(radii.X, MathF.Min(radii.Y, radii.Z));
        Bounds = Bounds3.Around(centre, MathF.Max(radii.X, MathF.Max(radii.Y, radii.Z)));
    }

    public Bounds3 Bounds { get; }

    public float Distance(Vector3 point)
    {
        var local = Vector3.TransformNormal(point - _centre, _toLocal) * _inverseRadii;
        return (local.Length() - 1) * _smallestRadius;
    }
}
