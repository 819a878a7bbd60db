using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;
using FashionWallet.Geometry.Sections;

namespace FashionWallet.Tests.Avatars;

/// <summary>The tape on a ball of radius 30 cm centred 1 m up, where every reading has a closed form.</summary>
public sealed class BodyTapeTests
{
    private static readonly Vector3 Centre = new(0, 1, 0);
    private static readonly SphereSurface Ball = new(Centre, 0.3f);

    public static TheoryData<string> Probes => ["implicit", "mesh"];

    [Theory]
    [MemberData(nameof(Probes))]
    public void Girths_are_the_perimeter_around_the_section_at_each_landmark(string probe)
    {
        var tape = BodyTape.Measure(Probe(probe), BallSkeleton());

        var greatCircle = 2 * Math.PI * 30;
        foreach (var girth in new[] { Measurement.Neck, Measurement.Chest, Measurement.Underbust, Measurement.HighHip, Measurement.Hip, Measurement.UpperArm, Measurement.Wrist, Measurement.Thigh, Measurement.Knee, Measurement.Calf, Measurement.Ankle })
            Assert.InRange(tape[girth], greatCircle - 0.15, greatCircle + 0.01);
        // The waist landmark is 20 cm below the centre.
        Assert.InRange(tape.Waist, 2 * Math.PI * 100 * Math.Sqrt(0.05) - 0.15, 2 * Math.PI * 100 * Math.Sqrt(0.05) + 0.01);
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void Lengths_follow_the_surface_between_landmarks(string probe)
    {
        var tape = BodyTape.Measure(Probe(probe), BallSkeleton());

        Assert.Equal(130, tape.Height, 0.05);
        Assert.Equal(0, tape.ShoulderWidth, 0.01);
        Assert.Equal(70, tape.Inseam, 0.05);
        // Arcs of the 30 cm circle from the waist (80 cm up) to the neck points (120 cm behind, 110 cm in front).
        Assert.Equal(30 * 2 * Math.Asin(2 / 3.0), tape.BackLength, 0.05);
        Assert.Equal(30 * (Math.Asin(2 / 3.0) + Math.Asin(1 / 3.0)), tape.FrontLength, 0.05);
        // Widest at the waist: the tape hangs straight from there.
        Assert.Equal(80, tape.Outseam, 0.05);
        Assert.Equal(100 * (Math.Sqrt(0.1 * 0.1 + 0.4 * 0.4) + Math.Sqrt(0.1 * 0.1 + 0.1 * 0.1)), tape.ArmLength, 0.05);
    }

    [Fact]
    public void A_leg_section_stops_at_the_midline()
    {
        var skeleton = BallSkeleton(leftLeg: new Vector3(0.1f, 1, 0));

        var thigh = BodyTape.Measure(new ImplicitProbe(Ball), skeleton, Measurement.Thigh);

        // The part of the ball's equator with x >= 0: a half circle and its 60 cm diameter.
        Assert.Equal(Math.PI * 30 + 60, thigh, 0.15);
    }

    private static ISurfaceProbe Probe(string kind)
    {
        if (kind == "implicit")
            return new ImplicitProbe(Ball);
        var mesh = MarchingCubes.Polygonise(Ball, 0.01f);
        var normals = SurfaceFitting.Fit(mesh, Ball, 0.01f, relaxationRounds: 2);
        return new MeshProbe(new TriangleMesh(mesh.Positions, normals, null, mesh.Indices));
    }

    private static Skeleton BallSkeleton(Vector3? leftLeg = null)
    {
        var joints = Enum.GetValues<BodyJoint>().ToDictionary(j => j, _ => Centre);
        joints[BodyJoint.Head] = Centre + 0.1f * Vector3.UnitY;
        joints[BodyJoint.LeftElbow] = Centre + new Vector3(0.1f, -0.1f, 0);
        joints[BodyJoint.Waist] = new Vector3(0, 0.8f, 0);
        joints[BodyJoint.NeckBase] = new Vector3(0, 1.2f, 0);
        joints[BodyJoint.NeckFront] = new Vector3(0, 1.1f, 0);
        joints[BodyJoint.Crotch] = new Vector3(0, 0.7f, 0);
        foreach (var joint in new[] { BodyJoint.LeftThigh, BodyJoint.LeftKnee, BodyJoint.LeftCalf, BodyJoint.LeftAnkle })
            joints[joint] = leftLeg ?? Centre;
        return new Skeleton(joints);
    }
}
