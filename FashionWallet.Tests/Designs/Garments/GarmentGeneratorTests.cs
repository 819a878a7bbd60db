using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Designs.Garments;

namespace FashionWallet.Tests.Designs.Garments;

public sealed class GarmentGeneratorTests
{
    private const float RequiredClearance = 0.003f;

    [Theory]
    [MemberData(nameof(GarmentBodies.SpecNames), MemberType = typeof(GarmentBodies))]
    public void Every_garment_vertex_is_outside_every_body_by_the_clearance(string name)
    {
        var spec = GarmentBodies.Spec(name);
        foreach (var body in GarmentBodies.All)
        {
            var garment = GarmentGenerator.Generate(spec, body);
            var field = body.Field!;
            var nearBody = new BodyVertexGrid(body);
            foreach (var vertex in GarmentBodies.Vertices(garment))
            {
                Assert.True(field.Evaluate(vertex) >= RequiredClearance, $"{name} on {Describe(body)}: {vertex} is {field.Evaluate(vertex) * 1000:0.0} mm from the body's surface");
                Assert.True(nearBody.IsClear(vertex, RequiredClearance), $"{name} on {Describe(body)}: {vertex} is inside or within 3 mm of the body's mesh");
            }
        }
    }

    [Theory]
    [MemberData(nameof(GarmentBodies.SpecNames), MemberType = typeof(GarmentBodies))]
    public void Meshes_are_sound_with_outward_normals_and_metric_texture_coordinates(string name)
    {
        var body = GarmentBodies.All[0];
        var garment = GarmentGenerator.Generate(GarmentBodies.Spec(name), body);

        Assert.Contains(garment.Panels, p => p.Name == PanelNames.Front);
        Assert.Contains(garment.Panels, p => p.Name == PanelNames.Back);
        foreach (var panel in garment.Panels)
        {
            var mesh = panel.Mesh;
            Assert.True(mesh.TriangleCount > 50, $"{panel.Name} has {mesh.TriangleCount} triangles");
            Assert.All(mesh.Positions.ToArray(), p => Assert.True(float.IsFinite(p.X) && float.IsFinite(p.Y) && float.IsFinite(p.Z)));
            Assert.All(mesh.Normals.ToArray(), n => Assert.True(MathF.Abs(n.Length() - 1) < 1e-3f));
            Assert.All(mesh.TexCoords.ToArray(), uv => Assert.True(float.IsFinite(uv.X) && float.IsFinite(uv.Y) && MathF.Abs(uv.X) < 3 && MathF.Abs(uv.Y) < 3));
            var positions = mesh.Positions;
            var indices = mesh.Indices;
            var outward = 0;
            for (var t = 0; t < indices.Length; t += 3)
            {
                var (a, b, c) = (positions[indices[t]], positions[indices[t + 1]], positions[indices[t + 2]]);
                var face = Vector3.Cross(b - a, c - a);
                Assert.True(face.Length() > 1e-9f, $"{panel.Name}: a degenerate triangle at {a}");
                var fromAxis = (a + b + c) / 3 - Axis(body, panel.Name, (a + b + c) / 3);
                if (Vector3.Dot(face, fromAxis) > 0)
                    outward++;
            }
            Assert.True(outward > 0.9 * mesh.TriangleCount, $"{panel.Name}: only {outward} of {mesh.TriangleCount} triangles face outwards");
        }
    }

    [Theory]
    [InlineData("T-shirt", Measurement.Chest)]
    [InlineData("T-shirt", Measurement.Waist)]
    [InlineData("Shirt", Measurement.Chest)]
    [InlineData("Jacket", Measurement.Waist)]
    [InlineData("Sheath dress", Measurement.Waist)]
    [InlineData("Sheath dress", Measurement.Hip)]
    [InlineData("A-line dress", Measurement.Chest)]
    [InlineData("A-line skirt", Measurement.Waist)]
    [InlineData("Pencil skirt", Measurement.Hip)]
    [InlineData("Trousers", Measurement.Hip)]
    public void The_garment_is_the_body_plus_its_ease_around_bust_waist_and_hip(string name, Measurement girth)
    {
        var spec = GarmentBodies.Spec(name);
        var ease = girth switch { Measurement.Chest => spec.Ease.BustCm, Measurement.Waist => spec.Ease.WaistCm, _ => spec.Ease.HipCm };
        var joint = girth switch { Measurement.Chest => BodyJoint.Chest, Measurement.Waist => BodyJoint.Waist, _ => BodyJoint.Hip };
        foreach (var body in GarmentBodies.All)
        {
            var garment = GarmentGenerator.Generate(spec, body);
            var expected = GarmentBodies.BodyGirthCm(body, girth) + Math.Max(ease, 2 * Math.PI * GarmentGenerator.Clearance * 100);
            var measured = GarmentBodies.GirthCm(garment, body.Skeleton[joint].Y, null, PanelNames.Front, PanelNames.Back);
            Assert.True(Math.Abs(measured - expected) < 2.0, $"{name} on {Describe(body)}: {girth} {measured:0.0} cm, body {GarmentBodies.BodyGirthCm(body, girth):0.0} + ease {ease} = {expected:0.0}");
        }
    }

    [Theory]
    [MemberData(nameof(GarmentBodies.SpecNames), MemberType = typeof(GarmentBodies))]
    public void The_hem_lands_at_its_landmark(string name)
    {
        var spec = GarmentBodies.Spec(name);
        foreach (var body in GarmentBodies.All.Take(4))
        {
            var garment = GarmentGenerator.Generate(spec, body);
            var expected = Height(body, spec.Hem.To) - (float)spec.Hem.OffsetCm / 100;
            var hem = GarmentBodies.Lowest(garment, PanelNames.Front, PanelNames.Back);
            Assert.True(MathF.Abs(hem - expected) < 0.015f, $"{name} on {Describe(body)}: hem at {hem:0.000} m, {spec.Hem.To} {spec.Hem.OffsetCm:+0;-0} cm at {expected:0.000} m");
        }
    }

    [Fact]
    public void Sleeves_end_where_their_length_says()
    {
        var body = GarmentBodies.All[1];
        var tee = GarmentGenerator.Generate(GarmentSpecs.TShirt, body);
        var shirt = GarmentGenerator.Generate(GarmentSpecs.Shirt, body);

        var wrist = body.Skeleton[BodyJoint.LeftWrist].Y;
        var elbow = body.Skeleton[BodyJoint.LeftElbow].Y;
        var teeSleeveEnd = GarmentBodies.Lowest(tee, PanelNames.LeftSleeve);
        Assert.InRange(GarmentBodies.Lowest(shirt, PanelNames.LeftSleeve), wrist - 0.1f, wrist);
        Assert.InRange(teeSleeveEnd, elbow + 0.02f, elbow + 0.15f);
        Assert.DoesNotContain(GarmentGenerator.Generate(GarmentSpecs.SheathDress, body).Panels, p => p.Name == PanelNames.LeftSleeve);
    }

    [Fact]
    public void The_hem_follows_the_flare()
    {
        foreach (var body in GarmentBodies.All)
        {
            var aLine = GarmentGenerator.Generate(GarmentSpecs.ALineSkirt, body);
            var pencil = GarmentGenerator.Generate(GarmentSpecs.PencilSkirt, body);
            var graded = GarmentSpecs.ALineSkirt.HemWidthCm * body.Measurements.Hip / GarmentSpec.ReferenceHipCm;

            var aLineHem = GarmentBodies.GirthCm(aLine, GarmentBodies.Lowest(aLine) + 0.002f);
            var pencilHem = GarmentBodies.GirthCm(pencil, GarmentBodies.Lowest(pencil) + 0.002f);
            Assert.True(Math.Abs(aLineHem - graded) < 0.03 * graded, $"A-line hem {aLineHem:0.0} cm, drafted {graded:0.0} on {Describe(body)}");
            Assert.True(pencilHem < 0.6 * aLineHem, $"pencil hem {pencilHem:0.0} cm against the A-line's {aLineHem:0.0}");
            var hipWidth = GarmentBodies.GirthCm(aLine, body.Skeleton[BodyJoint.Hip].Y);
            Assert.True(aLineHem > hipWidth + 40, $"the A-line widens from {hipWidth:0.0} cm at the hip to {aLineHem:0.0} cm");
        }
    }

    [Theory]
    [InlineData("crew", 3, 8)]
    [InlineData("scoop", 11, 15)]
    [InlineData("v-neck", 15, 21)]
    [InlineData("collared", 0, 1)]
    public void A_neckline_opens_the_front_to_its_depth_and_leaves_the_back_at_the_nape(string neckline, float fromCm, float toCm)
    {
        foreach (var body in GarmentBodies.All.Take(4))
        {
            var garment = GarmentGenerator.Generate(GarmentSpecs.TShirt with { Neckline = neckline }, body);
            var nape = body.Skeleton[BodyJoint.NeckBase].Y;

            var frontDrop = (nape - HighestNearMidline(garment, PanelNames.Front)) * 100;
            var backDrop = (nape - HighestNearMidline(garment, PanelNames.Back)) * 100;
            Assert.InRange(frontDrop, fromCm, toCm);
            Assert.InRange(backDrop, -0.5f, 0.5f);
        }
    }

    [Fact]
    public void Lapels_leave_the_front_of_the_neck_open_and_the_collar_goes_round_the_back()
    {
        var body = GarmentBodies.All[0];
        var jacket = GarmentGenerator.Generate(GarmentSpecs.Jacket, body);
        var shirt = GarmentGenerator.Generate(GarmentSpecs.Shirt, body);
        var neck = body.Skeleton[BodyJoint.NeckBase];

        static bool InFront(Vector3 p, Vector3 neck) => MathF.Abs(p.X) < 0.02f && p.Z > neck.Z;
        Assert.DoesNotContain(jacket.Panel(PanelNames.Collar).Mesh.Positions.ToArray(), p => InFront(p, neck));
        Assert.Contains(jacket.Panel(PanelNames.Collar).Mesh.Positions.ToArray(), p => MathF.Abs(p.X) < 0.02f && p.Z < neck.Z);
        Assert.Contains(shirt.Panel(PanelNames.Collar).Mesh.Positions.ToArray(), p => InFront(p, neck));
    }

    /// <summary>The top of a panel at the body's midline (within 1.5 cm of it).</summary>
    private static float HighestNearMidline(GarmentModel garment, string panel) =>
        garment.Panel(panel).Mesh.Positions.ToArray().Where(p => MathF.Abs(p.X) < 0.015f).Max(p => p.Y);

    [Fact]
    public void Trousers_have_two_legs_down_to_the_hem()
    {
        var body = GarmentBodies.All[2];
        var trousers = GarmentGenerator.Generate(GarmentSpecs.Trousers, body);
        var knee = body.Skeleton[BodyJoint.LeftKnee].Y;

        var left = GarmentBodies.GirthCm(trousers, knee, p => p.X > 0);
        var right = GarmentBodies.GirthCm(trousers, knee, p => p.X < 0);
        var both = GarmentBodies.GirthCm(trousers, knee);

        Assert.InRange(left, 30, 80);
        Assert.InRange(right, 30, 80);
        Assert.True(left + right < both + 0.9 * (left + right), "the legs are separate tubes at the knee");
    }

    private static string Describe(BodyModel body) => $"{body.Measurements.Sex} {body.Measurements.Height:0} cm, hip {body.Measurements.Hip:0}";

    private static float Height(BodyModel body, Landmark landmark) => landmark switch
    {
        Landmark.Knee => body.Skeleton[BodyJoint.LeftKnee].Y,
        Landmark.Calf => body.Skeleton[BodyJoint.LeftCalf].Y,
        Landmark.Ankle => body.Skeleton[BodyJoint.LeftAnkle].Y,
        Landmark.Hip => body.Skeleton[BodyJoint.Hip].Y,
        _ => throw new ArgumentOutOfRangeException(nameof(landmark)),
    };

    /// <summary>The axis a panel wraps: a limb's for sleeves, the leg's for trouser legs, else the body's vertical axis.</summary>
    private static Vector3 Axis(BodyModel body, string panel, Vector3 at)
    {
        var s = body.Skeleton;
        Vector3 OnSegment(Vector3 a, Vector3 b)
        {
            var t = Math.Clamp(Vector3.Dot(at - a, b - a) / (b - a).LengthSquared(), 0, 1);
            return a + t * (b - a);
        }
        if (panel == PanelNames.LeftSleeve || panel == PanelNames.RightSleeve)
        {
            var left = panel == PanelNames.LeftSleeve;
            var (shoulder, elbow, wrist) = left ? (s[BodyJoint.LeftShoulder], s[BodyJoint.LeftElbow], s[BodyJoint.LeftWrist]) : (s[BodyJoint.RightShoulder], s[BodyJoint.RightElbow], s[BodyJoint.RightWrist]);
            var (upper, lower) = (OnSegment(shoulder, elbow), OnSegment(elbow, wrist));
            return Vector3.Distance(at, upper) < Vector3.Distance(at, lower) ? upper : lower;
        }
        if (at.Y < body.Measurements.Inseam / 100 - 0.02)
        {
            var (hip, knee, ankle) = at.X > 0 ? (s[BodyJoint.LeftHipJoint], s[BodyJoint.LeftKnee], s[BodyJoint.LeftAnkle]) : (s[BodyJoint.RightHipJoint], s[BodyJoint.RightKnee], s[BodyJoint.RightAnkle]);
            var (thigh, shin) = (OnSegment(hip, knee), OnSegment(knee, ankle));
            return new Vector3(thigh.X, at.Y, at.Y > knee.Y ? thigh.Z : shin.Z);
        }
        return new Vector3(0, at.Y, s[BodyJoint.Hip].Z);
    }
}
