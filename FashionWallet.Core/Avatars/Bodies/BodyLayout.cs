using System.Numerics;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Places the skeleton and the body's shapes from the measurements and the fitted parameters. Metres; Y up, the
/// feet on y = 0, facing +Z, the person's left on +X. The A-pose opens the arms just far enough (36 degrees from the
/// body on a typical build, more for full arms and chests) that the chest section stays clear of them. Fractions
/// of the height H follow Drillis and Contini: knee 0.285 H and ankle 0.065 H against the crotch's 0.465 H, hand
/// 0.108 H, foot 0.152 H.
/// </summary>
internal static class BodyLayout
{
    private const float MinimumArmAngle = 36f * MathF.PI / 180;
    private const float MaximumArmAngle = 65f * MathF.PI / 180;
    private const float LegSplay = 0.045f;
    private const float ToeOut = 8f * MathF.PI / 180;

    public static (BodyShapes Shapes, Skeleton Skeleton) Create(BodyMeasurements target, BodyFit fit)
    {
        var prior = ShapePrior.For(target.Sex);
        var height = (float)target.Height / 100;
        var scale = height / 1.7f;
        var joints = new Dictionary<BodyJoint, Vector3>();

        // Heights along the body's axis.
        var crotch = fit[Measurement.Inseam];
        var waist = fit[Measurement.Outseam];
        var neckBase = fit[Measurement.BackLength];
        var hip = crotch + prior.HipFraction * (waist - crotch);
        var highHip = crotch + prior.HighHipFraction * (waist - crotch);
        var underbust = waist + prior.UnderbustFraction * (neckBase - waist);
        var chest = waist + prior.ChestFraction * (neckBase - waist);
        var frontNeck = Math.Clamp(fit[Measurement.FrontLength], chest + 0.03f, neckBase + 0.02f);

        var upperArmRadius = Radius(fit[Measurement.UpperArm]);
        var deltoidRadius = 1.1f * upperArmRadius;
        var elbowRadius = 0.82f * upperArmRadius;
        var upperArmProfile = Profile([0, 0.5f, 1], [deltoidRadius, upperArmRadius, elbowRadius]);
        var shoulderHalfWidth = (float)target.ShoulderWidth / 200;
        // The acromion is about 0.042 H below the cervicale, the shoulder joint about 0.028 H below that.
        var shoulderHeight = neckBase - 0.07f * height;

        var hipSection = Section(hip, fit[Measurement.Hip], prior.Hip);
        var chestSection = Section(chest, fit[Measurement.Chest], prior.Chest);
        var shoulderSection = chestSection.Scaled(0.9f, 0.72f, 0.88f) with { Height = shoulderHeight };
        TorsoSection[] stations =
        [
            hipSection.Scaled(0.86f, 0.8f, 0.85f) with { Height = crotch },
            hipSection,
            Section(highHip, fit[Measurement.HighHip], prior.HighHip),
            Section(waist, fit[Measurement.Waist], prior.Waist),
            Section(underbust, fit[Measurement.Underbust], prior.Underbust),
            chestSection,
            chestSection.Scaled(0.97f, 0.88f, 0.95f) with { Height = chest + 0.45f * (shoulderHeight - chest) },
            shoulderSection,
            // At the neck base the chest must not stand in front of the neck, or it would enter the neck's girth.
            shoulderSection.Scaled(0.45f, MathF.Min(0.83f, 0.9f * Radius(fit[Measurement.Neck]) / shoulderSection.FrontDepth), 0.85f) with { Height = neckBase - 0.02f * scale },
        ];
        var torso = new TorsoSweep(Increasing(stations), 0.03f * scale, 0.06f * scale);
        joints[BodyJoint.Crotch] = new(0, crotch, 0);
        joints[BodyJoint.Hip] = new(0, hip, 0);
        joints[BodyJoint.HighHip] = new(0, highHip, 0);
        joints[BodyJoint.Waist] = new(0, waist, 0);
        joints[BodyJoint.Underbust] = new(0, underbust, 0);
        joints[BodyJoint.Chest] = new(0, chest, 0);
        joints[BodyJoint.NeckFront] = new(0, frontNeck, 0);

        var blends = new BodyBlends(Trapezius: 0.035f * scale, Neck: 0.03f * scale, HeadParts: 0.02f * scale, HeadToNeck: 0.025f * scale,
            Arm: 0.02f * scale, Legs: 0.03f * scale, Floor: 0.008f * scale);
        var (cranium, face, neck) = HeadAndNeck(height, neckBase, Radius(fit[Measurement.Neck]), scale, joints);

        var upperArmLength = 0.56f * fit[Measurement.ArmLength];
        var armAngle = ArmAngle(shoulderHalfWidth, shoulderHeight - chest, upperArmLength, upperArmProfile, chestSection.HalfWidth, 0.02f * scale + blends.Arm);
        var trapeziusRadius = 0.036f * scale;
        TaperedCapsule Trapezius(float side) => new(new Vector3(side * 0.6f * Radius(fit[Measurement.Neck]), neckBase - 0.05f * scale, -0.03f * scale),
            new Vector3(side * shoulderHalfWidth, shoulderHeight, 0), Profile([0, 1], [trapeziusRadius, 0.8f * deltoidRadius]), MathF.Max(trapeziusRadius, 0.8f * deltoidRadius));
        Limb Arm(float side) => LayOutArm(side, new Vector3(side * shoulderHalfWidth, shoulderHeight, 0), armAngle, fit, height, scale, upperArmProfile, joints);
        Limb Leg(float side) => LayOutLeg(side, crotch, waist, hipSection.HalfWidth, fit, height, scale, joints);

        var shapes = new BodyShapes(torso, Trapezius(1), Trapezius(-1), neck, cranium, face, Arm(1), Arm(-1), Leg(1), Leg(-1), blends);
        return (shapes, new Skeleton(joints));
    }

    private static float Radius(float girth) => girth / (2 * MathF.PI);

    private static TorsoSection Section(float height, float girth, (float Aspect, float FrontShare) shape) => TorsoSection.ForGirth(height, girth, shape.Aspect, shape.FrontShare);

    private static MonotoneCubic Profile(float[] at, float[] radii) => new(at, radii);

    /// <summary>Unusual proportions can bring stations together; keep them at least 5 mm apart, bottom up.</summary>
    private static TorsoSection[] Increasing(TorsoSection[] stations)
    {
        for (var i = 1; i < stations.Length; i++)
            stations[i] = stations[i] with { Height = MathF.Max(stations[i].Height, stations[i - 1].Height + 0.005f) };
        return stations;
    }

    /// <summary>
    /// The smallest A-pose angle at which the arm's inside clears the chest section by <paramref name="clearance"/>
    /// (at that height the arm's horizontal section is its radius over the cosine of the angle wide).
    /// </summary>
    private static float ArmAngle(float shoulderX, float dropToChest, float upperArmLength, MonotoneCubic upperArmProfile, float chestHalfWidth, float clearance)
    {
        for (var angle = MinimumArmAngle; angle < MaximumArmAngle; angle += 0.005f)
        {
            var radius = upperArmProfile.Evaluate(dropToChest / MathF.Cos(angle) / upperArmLength);
            if (shoulderX + dropToChest * MathF.Tan(angle) - radius / MathF.Cos(angle) - chestHalfWidth >= clearance)
                return angle;
        }
        return MaximumArmAngle;
    }

    private static (Ellipsoid Cranium, Ellipsoid Face, TaperedCapsule Neck) HeadAndNeck(float height, float neckBase, float neckRadius, float scale, Dictionary<BodyJoint, Vector3> joints)
    {
        // Head and neck fill what the lengths leave above the neck base: 0.14 H on a typical body.
        var size = Math.Clamp((height - neckBase) / (0.14f * height), 0.85f, 1.2f) * height;
        var cranium = new Ellipsoid(new Vector3(0, height - 0.060f * size, -0.006f * size), new Vector3(0.046f, 0.060f, 0.057f) * size, Vector3.UnitX, Vector3.UnitY);
        var face = new Ellipsoid(new Vector3(0, height - 0.093f * size, 0.016f * size), new Vector3(0.037f, 0.040f, 0.044f) * size, Vector3.UnitX, Vector3.UnitY);
        // The neck leans forward about 18 degrees; its girth plane, square to it, passes below the chin in front.
        var start = new Vector3(0, neckBase - 0.04f * scale, -0.035f * scale);
        var end = new Vector3(0, height - 0.108f * size, -0.005f * scale);
        const float girthAt = 0.55f;
        var neck = new TaperedCapsule(start, end, Profile([0, girthAt, 1], [1.3f * neckRadius, neckRadius, 0.95f * neckRadius]), 1.3f * neckRadius);
        joints[BodyJoint.NeckBase] = Vector3.Lerp(start, end, (neckBase - start.Y) / (end.Y - start.Y));
        joints[BodyJoint.Neck] = Vector3.Lerp(start, end, girthAt);
        joints[BodyJoint.Head] = end;
        joints[BodyJoint.HeadTop] = new Vector3(0, height, -0.006f * size);
        return (cranium, face, neck);
    }

    private static Limb LayOutArm(float side, Vector3 shoulder, float angle, BodyFit fit, float height, float scale, MonotoneCubic upperArmProfile, Dictionary<BodyJoint, Vector3> joints)
    {
        var direction = new Vector3(side * MathF.Sin(angle), -MathF.Cos(angle), 0);
        var reach = fit[Measurement.ArmLength];
        var elbow = shoulder + direction * (0.56f * reach);
        var wrist = elbow + direction * (0.44f * reach);
        var upperArmRadius = Radius(fit[Measurement.UpperArm]);
        var wristRadius = Radius(fit[Measurement.Wrist]);
        var elbowRadius = upperArmProfile.Evaluate(1);
        var forearmRadius = MathF.Max(0.88f * upperArmRadius, 1.15f * wristRadius);
        var upper = new TaperedCapsule(shoulder, elbow, upperArmProfile, upperArmProfile.Evaluate(0));
        var lower = new TaperedCapsule(elbow, wrist, Profile([0, 0.3f, 1], [elbowRadius, forearmRadius, wristRadius]), forearmRadius);
        // A mitten hand, palm towards the thigh: long along the arm, broad front to back, thin across.
        var palmNormal = new Vector3(MathF.Cos(angle) * side, MathF.Sin(angle), 0);
        var hand = new Ellipsoid(wrist + direction * (0.046f * height), new Vector3(0.054f * height, 0.014f * height, 0.0235f * height), direction, palmNormal);

        var left = side > 0;
        joints[left ? BodyJoint.LeftShoulder : BodyJoint.RightShoulder] = shoulder;
        joints[left ? BodyJoint.LeftUpperArm : BodyJoint.RightUpperArm] = Vector3.Lerp(shoulder, elbow, 0.5f);
        joints[left ? BodyJoint.LeftElbow : BodyJoint.RightElbow] = elbow;
        joints[left ? BodyJoint.LeftWrist : BodyJoint.RightWrist] = wrist;
        joints[left ? BodyJoint.LeftHand : BodyJoint.RightHand] = wrist + direction * (0.1f * height);
        return new Limb(upper, lower, hand, 0.015f * scale, 0.012f * scale);
    }

    private static Limb LayOutLeg(float side, float crotch, float waist, float hipHalfWidth, BodyFit fit, float height, float scale, Dictionary<BodyJoint, Vector3> joints)
    {
        var thighRadius = Radius(fit[Measurement.Thigh]);
        var kneeRadius = Radius(fit[Measurement.Knee]);
        var calfRadius = Radius(fit[Measurement.Calf]);
        var ankleRadius = Radius(fit[Measurement.Ankle]);
        // The thighs part at the crotch with a small gap, so the tape can go round one.
        var atCrotch = MathF.Max(0.45f * hipHalfWidth, thighRadius + 0.015f * scale);
        Vector3 OnAxis(float y) => new(side * (atCrotch + (crotch - y) * LegSplay), y, 0);
        var hipJoint = OnAxis(crotch + 0.34f * (waist - crotch));
        var thigh = OnAxis(crotch - 0.03f * scale);
        var knee = OnAxis(0.613f * crotch);
        var ankle = OnAxis(0.14f * crotch);
        var thighAt = (hipJoint.Y - thigh.Y) / (hipJoint.Y - knee.Y);
        var upper = new TaperedCapsule(hipJoint, knee, Profile([0, thighAt, 0.6f, 1],
            [0.75f * thighRadius, thighRadius, float.Lerp(thighRadius, kneeRadius, 0.55f), kneeRadius]), thighRadius);
        const float calfAt = 0.37f;
        var lower = new TaperedCapsule(knee, ankle, Profile([0, calfAt, 0.8f, 1],
            [kneeRadius, calfRadius, float.Lerp(calfRadius, ankleRadius, 0.85f), ankleRadius]), MathF.Max(kneeRadius, calfRadius));
        var footLength = 0.152f * height;
        var footAxis = new Vector3(side * MathF.Sin(ToeOut), 0, MathF.Cos(ToeOut));
        // The foot reaches below the floor, which flattens it into a sole.
        var underAnkle = new Vector3(ankle.X, 0.018f * height, ankle.Z);
        var foot = new Ellipsoid(underAnkle + footAxis * (0.25f * footLength), new Vector3(0.51f * footLength, 0.036f * height, 0.028f * height), footAxis, Vector3.UnitY);

        var left = side > 0;
        joints[left ? BodyJoint.LeftHipJoint : BodyJoint.RightHipJoint] = hipJoint;
        joints[left ? BodyJoint.LeftThigh : BodyJoint.RightThigh] = thigh;
        joints[left ? BodyJoint.LeftKnee : BodyJoint.RightKnee] = knee;
        joints[left ? BodyJoint.LeftCalf : BodyJoint.RightCalf] = Vector3.Lerp(knee, ankle, calfAt);
        joints[left ? BodyJoint.LeftAnkle : BodyJoint.RightAnkle] = ankle;
        joints[left ? BodyJoint.LeftToe : BodyJoint.RightToe] = new Vector3(ankle.X, 0.01f * height, ankle.Z) + footAxis * (0.75f * footLength);
        return new Limb(upper, lower, foot, 0.02f * scale, 0.02f * scale);
    }
}
