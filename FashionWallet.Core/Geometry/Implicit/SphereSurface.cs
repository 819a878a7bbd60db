using System.Numerics;

namespace FashionWallet.Geometry.Implicit;

public sealed class SphereSurface(Vector3 centre, float radius) : ImplicitSurface
{
    public override Bounds3 Bounds { get; } = Bounds3.Around(centre, radius);

    public override float Evaluate(Vector3 point) => Vector3.Distance(point, centre) - radius;
}
