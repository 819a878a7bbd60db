using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// The body's field split the way a garment sees it: the trunk (torso, shoulders, neck, head and legs, without the
/// arms, so a bodice or skirt section is not widened by a hand hanging beside it) and each arm on its own (so a
/// sleeve section is the arm's). The whole body decides clearance.
/// </summary>
internal sealed class BodySurfaces
{
    public BodySurfaces(BodyField field)
    {
        Whole = field;
        Trunk = new TrunkSurface(field);
        LeftArm = new LimbSurface(field.Shapes.LeftArm, field.Bounds);
        RightArm = new LimbSurface(field.Shapes.RightArm, field.Bounds);
    }

    public ImplicitSurface Whole { get; }

    public ImplicitSurface Trunk { get; }

    public ImplicitSurface LeftArm { get; }

    public ImplicitSurface RightArm { get; }

    /// <summary>The body's own field when it came with the model; otherwise fitted again from its measurements (slow, but the same surface).</summary>
    public static BodySurfaces Of(BodyModel body) => new(body.Field ?? BodyFitter.Fit(body.Measurements).Field);

    /// <summary>The same fold as <see cref="BodyField.Evaluate"/>, leaving the arms out.</summary>
    private sealed class TrunkSurface(BodyField body) : ImplicitSurface
    {
        private readonly BodyShapes _shapes = body.Shapes;

        public override Bounds3 Bounds => body.Bounds;

        public override float Lipschitz => body.Lipschitz;

        public override float Evaluate(Vector3 point)
        {
            var blends = _shapes.Blends;
            var body = _shapes.Torso.Distance(point);
            body = SmoothBlend.Min(body, _shapes.LeftTrapezius.Distance(point), blends.Trapezius);
            body = SmoothBlend.Min(body, _shapes.RightTrapezius.Distance(point), blends.Trapezius);
            var head = SmoothBlend.Min(_shapes.Neck.Distance(point),
                SmoothBlend.Min(_shapes.Cranium.Distance(point), _shapes.Face.Distance(point), blends.HeadParts), blends.HeadToNeck);
            body = SmoothBlend.Min(body, head, blends.Neck);
            var legs = MathF.Min(_shapes.LeftLeg.Distance(point), _shapes.RightLeg.Distance(point));
            body = SmoothBlend.Min(body, legs, blends.Legs);
            return SmoothBlend.Max(body, -point.Y, blends.Floor);
        }
    }

    private sealed class LimbSurface(Limb limb, Bounds3 bounds) : ImplicitSurface
    {
        public override Bounds3 Bounds => bounds;

        public override float Lipschitz => 1.5f;

        public override float Evaluate(Vector3 point) => limb.Distance(point);
    }
}
