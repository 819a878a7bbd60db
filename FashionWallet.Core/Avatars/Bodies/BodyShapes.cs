using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Avatars.Bodies;

/// <summary>The shapes a body is blended from, in the order they are folded in.</summary>
internal enum BodyPart
{
    Torso,
    LeftTrapezius,
    RightTrapezius,
    Head,
    LeftArm,
    RightArm,
    LeftLeg,
    RightLeg,
}

/// <summary>The shapes a body is blended from, and how wide each blend is (metres).</summary>
internal sealed record BodyShapes(
    TorsoSweep Torso,
    TaperedCapsule LeftTrapezius,
    TaperedCapsule RightTrapezius,
    TaperedCapsule Neck,
    Ellipsoid Cranium,
    Ellipsoid Face,
    Limb LeftArm,
    Limb RightArm,
    Limb LeftLeg,
    Limb RightLeg,
    BodyBlends Blends);

/// <summary>A limb: two tapered segments meeting at a joint, and an end (hand or foot).</summary>
internal sealed record Limb(TaperedCapsule Upper, TaperedCapsule Lower, Ellipsoid End, float JointBlend, float EndBlend)
{
    public float Distance(Vector3 point) =>
        SmoothBlend.Min(SmoothBlend.Min(Upper.Distance(point), Lower.Distance(point), JointBlend), End.Distance(point), EndBlend);
}

internal sealed record BodyBlends(float Trapezius, float Neck, float HeadParts, float HeadToNeck, float Arm, float Legs, float Floor)
{
    public float Largest => new[] { Trapezius, Neck, HeadToNeck, Arm, Legs }.Max();
}
