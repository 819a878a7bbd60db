using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// The torso: horizontal sections interpolated smoothly between stations, closed by rounded caps at the crotch and
/// at the neck. The value is the radial distance to the section's outline, so the outline at a station is exact.
/// </summary>
internal sealed class TorsoSweep
{
    private readonly MonotoneCubic _halfWidth;
    private readonly MonotoneCubic _frontDepth;
    private readonly MonotoneCubic _backDepth;
    private readonly float _bottom;
    private readonly float _top;
    private readonly float _bottomRounding;
    private readonly float _topRounding;

    public TorsoSweep(IReadOnlyList<TorsoSection> stations, float bottomRounding, float topRounding)
    {
        var heights = stations.Select(s => s.Height).ToArray();
        _halfWidth = new MonotoneCubic(heights, stations.Select(s => s.HalfWidth).ToArray());
        _frontDepth = new MonotoneCubic(heights, stations.Select(s => s.FrontDepth).ToArray());
        _backDepth = new MonotoneCubic(heights, stations.Select(s => s.BackDepth).ToArray());
        (_bottom, _top, _bottomRounding, _topRounding) = (heights[0], heights[^1], bottomRounding, topRounding);
        var width = stations.Max(s => s.HalfWidth);
        Bounds = new Bounds3(new Vector3(-width, _bottom, -stations.Max(s => s.BackDepth)), new Vector3(width, _top, stations.Max(s => s.FrontDepth)));
    }

    public Bounds3 Bounds { get; }

    public float Distance(Vector3 point)
    {
        var at = _halfWidth.Locate(point.Y);
        var a = _halfWidth.Evaluate(at);
        var depth = point.Z >= 0 ? _frontDepth.Evaluate(at) : _backDepth.Evaluate(at);
        var radius = MathF.Sqrt(point.X * point.X + point.Z * point.Z);
        var scaled = MathF.Sqrt(point.X * point.X / (a * a) + point.Z * point.Z / (depth * depth));
        // Along the ray from the axis, the outline lies at radius / scaled.
        var side = scaled > 1e-6f ? radius * (1 - 1 / scaled) : -MathF.Min(a, depth);
        var capped = SmoothBlend.Max(side, _bottom - point.Y, _bottomRounding);
        return SmoothBlend.Max(capped, point.Y - _top, _topRounding);
    }
}
