using System.Numerics;
using FashionWallet.Geometry;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Texture coordinates by body region: torso, head, each arm and each leg is unwrapped around its own axis
/// (cylindrically) into its own rectangle of the texture, top of the body at the top of the image. Seams run where
/// they show least: down the centre back, along the inside of each limb, and between regions; vertices on a seam
/// are duplicated with identical positions.
/// </summary>
internal static class BodyUvMapper
{
    // Room on each side of a region's rectangle for triangles that straddle its seam.
    private const float SeamPadding = 0.06f;

    private enum Region { Torso, Head, LeftArm, RightArm, LeftLeg, RightLeg }

    private sealed record Unwrap(Vector3 Origin, Vector3 Axis, Vector3 Front, float Length, Vector4 Rectangle)
    {
        public Vector2 Cylindrical(Vector3 point)
        {
            var offset = point - Origin;
            var along = Vector3.Dot(offset, Axis);
            var side = Vector3.Cross(Axis, Front);
            var around = MathF.Atan2(Vector3.Dot(offset, side), Vector3.Dot(offset, Front));
            return new Vector2(0.5f + around / (2 * MathF.PI), Math.Clamp(along / Length, 0, 1));
        }

        /// <summary>
        /// Into the region's rectangle. Triangles round a pole of the unwrap (the top of the head) span most of the
        /// circle: their far corners are held at the rectangle's edge rather than let into the next region.
        /// </summary>
        public Vector2 InAtlas(Vector2 cylindrical) => new(
            Rectangle.X + Rectangle.Z * Math.Clamp(SeamPadding + (1 - 2 * SeamPadding) * cylindrical.X, 0, 1),
            Rectangle.Y + Rectangle.W * (0.99f - 0.98f * cylindrical.Y));
    }

    public static TriangleMesh Build(IndexedMesh mesh, Vector3[] normals, BodyField field, Skeleton skeleton)
    {
        var unwraps = Unwraps(skeleton);
        var positions = mesh.Positions;
        var vertexRegions = new Region[positions.Length];
        Parallel.For(0, positions.Length, i => vertexRegions[i] = RegionOf(field.NearestPart(positions[i])));

        // Most vertices get one (region, wrap) variant: it is kept per vertex, further ones in a dictionary.
        var firstKey = new int[positions.Length];
        var firstIndex = new int[positions.Length];
        Array.Fill(firstIndex, -1);
        var moreVariants = new Dictionary<long, int>();
        var outPositions = new List<Vector3>(positions.Length);
        var outNormals = new List<Vector3>(positions.Length);
        var outUvs = new List<Vector2>(positions.Length);
        var indices = new int[mesh.Indices.Length];
        Span<Vector2> corners = stackalloc Vector2[3];
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            var (a, b, c) = (mesh.Indices[t], mesh.Indices[t + 1], mesh.Indices[t + 2]);
            var region = vertexRegions[b] == vertexRegions[c] ? vertexRegions[b] : vertexRegions[a];
            var unwrap = unwraps[(int)region];
            for (var k = 0; k < 3; k++)
                corners[k] = unwrap.Cylindrical(positions[mesh.Indices[t + k]]);
            var straddles = MathF.Max(corners[0].X, MathF.Max(corners[1].X, corners[2].X)) - MathF.Min(corners[0].X, MathF.Min(corners[1].X, corners[2].X)) > 0.5f;
            for (var k = 0; k < 3; k++)
            {
                var vertex = mesh.Indices[t + k];
                var wrapped = straddles && corners[k].X < 0.5f;
                var variant = (int)region << 1 | (wrapped ? 1 : 0);
                int index;
                if (firstIndex[vertex] >= 0 && firstKey[vertex] == variant)
                    index = firstIndex[vertex];
                else if (firstIndex[vertex] >= 0 && moreVariants.TryGetValue((long)vertex << 4 | (long)variant, out var found))
                    index = found;
                else
                {
                    index = outPositions.Count;
                    if (firstIndex[vertex] < 0)
                        (firstKey[vertex], firstIndex[vertex]) = (variant, index);
                    else
                        moreVariants.Add((long)vertex << 4 | (long)variant, index);
                    outPositions.Add(positions[vertex]);
                    outNormals.Add(normals[vertex]);
                    outUvs.Add(unwrap.InAtlas(corners[k] + (wrapped ? Vector2.UnitX : Vector2.Zero)));
                }
                indices[t + k] = index;
            }
        }
        return new TriangleMesh([.. outPositions], [.. outNormals], [.. outUvs], indices);
    }

    private static Region RegionOf(BodyPart part) => part switch
    {
        BodyPart.Torso or BodyPart.LeftTrapezius or BodyPart.RightTrapezius => Region.Torso,
        BodyPart.Head => Region.Head,
        BodyPart.LeftArm => Region.LeftArm,
        BodyPart.RightArm => Region.RightArm,
        BodyPart.LeftLeg => Region.LeftLeg,
        _ => Region.RightLeg,
    };

    /// <summary>
    /// Each region's rectangle (left, top, width, height) in the texture, in <c>Region</c> order: torso top left,
    /// head to its right, arms below the head, legs below the torso.
    /// </summary>
    public static readonly Vector4[] Rectangles =
    [
        new(0, 0, 0.5f, 0.5f),
        new(0.5f, 0, 0.3f, 0.3f),
        new(0.5f, 0.3f, 0.125f, 0.7f),
        new(0.625f, 0.3f, 0.125f, 0.7f),
        new(0, 0.5f, 0.25f, 0.5f),
        new(0.25f, 0.5f, 0.25f, 0.5f),
    ];

    private static Unwrap[] Unwraps(Skeleton skeleton)
    {
        var crotch = skeleton[BodyJoint.Crotch];
        var neckBase = skeleton[BodyJoint.NeckBase];
        var headTop = skeleton[BodyJoint.HeadTop];
        var torsoBottom = new Vector3(0, crotch.Y - 0.03f, 0);
        var headBottom = new Vector3(0, neckBase.Y - 0.04f, headTop.Z);
        return
        [
            new(torsoBottom, Vector3.UnitY, Vector3.UnitZ, neckBase.Y + 0.05f - torsoBottom.Y, Rectangles[(int)Region.Torso]),
            new(headBottom, Vector3.UnitY, Vector3.UnitZ, headTop.Y - headBottom.Y, Rectangles[(int)Region.Head]),
            LimbUnwrap(skeleton[BodyJoint.LeftShoulder], skeleton[BodyJoint.LeftHand], side: 1, Rectangles[(int)Region.LeftArm]),
            LimbUnwrap(skeleton[BodyJoint.RightShoulder], skeleton[BodyJoint.RightHand], side: -1, Rectangles[(int)Region.RightArm]),
            LegUnwrap(skeleton[BodyJoint.LeftHipJoint], skeleton[BodyJoint.LeftAnkle], side: 1, Rectangles[(int)Region.LeftLeg]),
            LegUnwrap(skeleton[BodyJoint.RightHipJoint], skeleton[BodyJoint.RightAnkle], side: -1, Rectangles[(int)Region.RightLeg]),
        ];
    }

    /// <summary>An arm from the hand (v = 0) up to the shoulder; the seam along its inside, towards the body.</summary>
    private static Unwrap LimbUnwrap(Vector3 root, Vector3 tip, float side, Vector4 rectangle)
    {
        var axis = Vector3.Normalize(root - tip);
        var outside = Vector3.Normalize(side * Vector3.Cross(axis, Vector3.UnitZ));
        return new Unwrap(tip, axis, outside, Vector3.Distance(root, tip) + 0.05f, rectangle);
    }

    /// <summary>A leg from the floor (v = 0) up to the hip joint; the seam along its inside.</summary>
    private static Unwrap LegUnwrap(Vector3 hipJoint, Vector3 ankle, float side, Vector4 rectangle)
    {
        var axis = Vector3.Normalize(hipJoint - ankle);
        var floor = ankle - axis * (ankle.Y / axis.Y);
        var outside = Vector3.Normalize(side * Vector3.UnitX - Vector3.Dot(side * Vector3.UnitX, axis) * axis);
        return new Unwrap(floor, axis, outside, Vector3.Distance(hipJoint, floor) + 0.05f, rectangle);
    }
}
