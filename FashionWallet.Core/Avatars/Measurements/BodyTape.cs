using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Avatars.Measurements;

/// <summary>
/// Measures a body like a tailor, from its surface and skeleton alone, the same way for a mesh and for the implicit
/// surface it came from. Girths are the perimeter of the convex hull of the cross-section around a landmark (its
/// outline found by 64 rays from the landmark, which reads a circle 0.04% short): horizontal for the torso and legs,
/// perpendicular to the limb for the neck and arms; a leg's section stops at the body's midline. Lengths follow the
/// surface: back and front length along the centre back and front from the neck
/// points to the waist; outseam from the waist over the hip's widest point, then straight down; inseam is the
/// crotch's height; height the top of the head; shoulder width the distance between the two acromion points (the
/// top of each shoulder, above its joint); arm length from the acromion over the elbow to the wrist.
/// </summary>
public static class BodyTape
{
    private const int GirthRays = 64;
    private const float ProfileStep = 0.005f;
    private const float Reach = 0.8f;

    public static BodyMeasurements Measure(TriangleMesh mesh, Skeleton skeleton) => Measure(new MeshProbe(mesh), skeleton);

    public static BodyMeasurements Measure(ISurfaceProbe surface, Skeleton skeleton)
    {
        var values = new double[Enum.GetValues<Measurement>().Length];
        Parallel.ForEach(Enum.GetValues<Measurement>(), m => values[(int)m] = Measure(surface, skeleton, m));
        return BodyMeasurements.From(m => values[(int)m]);
    }

    /// <summary>One measurement, in centimetres.</summary>
    public static double Measure(ISurfaceProbe surface, Skeleton skeleton, Measurement measurement) => 100.0 * measurement switch
    {
        Measurement.Height => Top(surface, skeleton[BodyJoint.HeadTop]).Y,
        Measurement.ShoulderWidth => Vector3.Distance(Top(surface, skeleton[BodyJoint.LeftShoulder]), Top(surface, skeleton[BodyJoint.RightShoulder])),
        Measurement.Neck => LimbGirth(surface, skeleton[BodyJoint.Neck], skeleton[BodyJoint.Head] - skeleton[BodyJoint.NeckBase]),
        Measurement.Chest => TorsoGirth(surface, skeleton[BodyJoint.Chest]),
        Measurement.Underbust => TorsoGirth(surface, skeleton[BodyJoint.Underbust]),
        Measurement.Waist => TorsoGirth(surface, skeleton[BodyJoint.Waist]),
        Measurement.HighHip => TorsoGirth(surface, skeleton[BodyJoint.HighHip]),
        Measurement.Hip => TorsoGirth(surface, skeleton[BodyJoint.Hip]),
        Measurement.UpperArm => LimbGirth(surface, skeleton[BodyJoint.LeftUpperArm], skeleton[BodyJoint.LeftElbow] - skeleton[BodyJoint.LeftShoulder]),
        Measurement.Wrist => LimbGirth(surface, skeleton[BodyJoint.LeftWrist], skeleton[BodyJoint.LeftWrist] - skeleton[BodyJoint.LeftElbow]),
        Measurement.ArmLength => Vector3.Distance(Top(surface, skeleton[BodyJoint.LeftShoulder]), skeleton[BodyJoint.LeftElbow])
            + Vector3.Distance(skeleton[BodyJoint.LeftElbow], skeleton[BodyJoint.LeftWrist]),
        Measurement.BackLength => CentreLength(surface, skeleton[BodyJoint.Waist].Y, skeleton[BodyJoint.NeckBase].Y, forward: -1),
        Measurement.FrontLength => CentreLength(surface, skeleton[BodyJoint.Waist].Y, skeleton[BodyJoint.NeckFront].Y, forward: 1),
        Measurement.Inseam => CrotchHeight(surface, skeleton[BodyJoint.Crotch]),
        Measurement.Outseam => Outseam(surface, skeleton[BodyJoint.Waist].Y, skeleton[BodyJoint.Crotch].Y),
        Measurement.Thigh => LegGirth(surface, skeleton[BodyJoint.LeftThigh]),
        Measurement.Knee => LegGirth(surface, skeleton[BodyJoint.LeftKnee]),
        Measurement.Calf => LegGirth(surface, skeleton[BodyJoint.LeftCalf]),
        Measurement.Ankle => LegGirth(surface, skeleton[BodyJoint.LeftAnkle]),
        _ => throw new ArgumentOutOfRangeException(nameof(measurement), measurement, null),
    };

    private static float TorsoGirth(ISurfaceProbe surface, Vector3 landmark) => Girth(surface, PlaneFrame.Horizontal(landmark), clipToSide: false);

    private static float LegGirth(ISurfaceProbe surface, Vector3 landmark) => Girth(surface, PlaneFrame.Horizontal(landmark), clipToSide: true);

    private static float LimbGirth(ISurfaceProbe surface, Vector3 landmark, Vector3 axis) => Girth(surface, PlaneFrame.Perpendicular(landmark, axis), clipToSide: false);

    /// <summary>Rays from the landmark find the section around it.</summary>
    private static float Girth(ISurfaceProbe surface, PlaneFrame plane, bool clipToSide)
    {
        var slice = surface.Slice(plane);
        var points = new List<Vector2>(GirthRays + 2);
        for (var i = 0; i < GirthRays; i++)
        {
            var angle = 2 * MathF.PI * i / GirthRays;
            var direction = new Vector2(MathF.Cos(angle), MathF.Sin(angle));
            var limit = Reach;
            if (clipToSide && direction.X * plane.Origin.X < 0)
                limit = MathF.Min(limit, MathF.Abs(plane.Origin.X / direction.X));
            points.Add(direction * slice.FirstCrossing(Vector2.Zero, direction, limit));
        }
        if (clipToSide)
            points.AddRange(MidlineCorners(slice, plane));
        return (float)ConvexHull.Perimeter(points);
    }

    /// <summary>
    /// A leg's section stops at the body's midline (x = 0; horizontal planes, so U is +X). Where the section
    /// reaches it (thighs that touch), the two corners on the midline are found exactly, not left to the rays.
    /// </summary>
    private static IEnumerable<Vector2> MidlineCorners(ISurfaceSlice slice, PlaneFrame plane)
    {
        var toMidline = new Vector2(-MathF.Sign(plane.Origin.X), 0);
        var distance = MathF.Abs(plane.Origin.X);
        if (slice.FirstCrossing(Vector2.Zero, toMidline, distance) < distance)
            yield break;
        var foot = toMidline * distance;
        foreach (var along in new[] { Vector2.UnitY, -Vector2.UnitY })
            yield return foot + along * slice.FirstCrossing(foot, along, Reach);
    }

    /// <summary>The surface point straight above a joint (less than 50 cm above it), found from above.</summary>
    private static Vector3 Top(ISurfaceProbe surface, Vector3 joint)
    {
        var start = joint.Y + 0.5f;
        var slice = surface.Slice(Sagittal(joint.X));
        var drop = slice.FirstCrossing(new Vector2(joint.Z, start), -Vector2.UnitY, Reach);
        return new Vector3(joint.X, start - drop, joint.Z);
    }

    /// <summary>Path length over the centre back (forward = -1) or front (+1) between two heights.</summary>
    private static float CentreLength(ISurfaceProbe surface, float from, float to, int forward)
    {
        var slice = surface.Slice(Sagittal(0));
        var profile = Profile(from, to, y => new Vector2(forward * slice.FirstCrossing(new Vector2(0, y), new Vector2(forward, 0), Reach), y));
        return PathLength(profile);
    }

    /// <summary>Down the left side from the waist to the hip's widest point, then straight to the floor.</summary>
    private static float Outseam(ISurfaceProbe surface, float waist, float crotch)
    {
        var slice = surface.Slice(new PlaneFrame(Vector3.Zero, Vector3.UnitX, Vector3.UnitY));
        var profile = Profile(waist, crotch + 0.01f, y => new Vector2(slice.FirstCrossing(new Vector2(0, y), Vector2.UnitX, Reach), y));
        var widest = 0;
        for (var i = 1; i < profile.Length; i++)
        {
            if (profile[i].X > profile[widest].X)
                widest = i;
        }
        return PathLength(profile.AsSpan(0, widest + 1)) + profile[widest].Y;
    }

    /// <summary>The lowest point of the body on its midline, between the legs, found from below (at most 15 cm below the joint).</summary>
    private static float CrotchHeight(ISurfaceProbe surface, Vector3 crotch)
    {
        var slice = surface.Slice(Sagittal(0));
        var floor = MathF.Max(0, crotch.Y - 0.15f);
        float Rise(float z) => floor + slice.FirstCrossing(new Vector2(z, floor), Vector2.UnitY, crotch.Y + 0.1f - floor);
        var (best, lowest) = (crotch.Z, Rise(crotch.Z));
        for (var z = crotch.Z - 0.08f; z <= crotch.Z + 0.08f; z += 0.004f)
        {
            var rise = Rise(z);
            if (rise < lowest)
                (best, lowest) = (z, rise);
        }
        for (var z = best - 0.004f; z <= best + 0.004f; z += 0.0005f)
            lowest = MathF.Min(lowest, Rise(z));
        return lowest;
    }

    /// <summary>The plane x = <paramref name="x"/>, with plane coordinates (z, y).</summary>
    private static PlaneFrame Sagittal(float x) => new(new Vector3(x, 0, 0), Vector3.UnitZ, Vector3.UnitY);

    private static Vector2[] Profile(float from, float to, Func<float, Vector2> sample)
    {
        var steps = Math.Max(1, (int)MathF.Ceiling(MathF.Abs(to - from) / ProfileStep));
        return Enumerable.Range(0, steps + 1).Select(i => sample(float.Lerp(from, to, (float)i / steps))).ToArray();
    }

    private static float PathLength(ReadOnlySpan<Vector2> points)
    {
        var length = 0f;
        for (var i = 1; i < points.Length; i++)
            length += Vector2.Distance(points[i - 1], points[i]);
        return length;
    }
}
