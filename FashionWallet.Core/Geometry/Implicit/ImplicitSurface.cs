using System.Numerics;

namespace FashionWallet.Geometry.Implicit;

/// <summary>
/// A closed surface as the zero set of a scalar field in metres: negative inside, positive outside, close to the
/// signed distance near the surface. The sign must be right everywhere; the value only within
/// <see cref="TrustedBand"/> of the surface (beyond it a field may overstate the distance, never understate it).
/// </summary>
public abstract class ImplicitSurface
{
    public const float TrustedBand = 0.05f;

    /// <summary>A box holding the whole surface.</summary>
    public abstract Bounds3 Bounds { get; }

    /// <summary>
    /// A bound on how fast the field changes (|f(p) - f(q)| &lt;= L |p - q|) within the trusted band: polygonisers
    /// skip regions whose value proves the surface is not there.
    /// </summary>
    public virtual float Lipschitz => 1f;

    public abstract float Evaluate(Vector3 point);
}
