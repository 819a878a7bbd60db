using System.Numerics;

namespace FashionWallet.Avatars.Bodies;

/// <summary>Where each <see cref="BodyJoint"/> is (metres, the mesh's space), and the hierarchy rooted at the hip.</summary>
public sealed class Skeleton
{
    private static readonly Dictionary<BodyJoint, BodyJoint> Parents = new()
    {
        [BodyJoint.HighHip] = BodyJoint.Hip,
        [BodyJoint.Waist] = BodyJoint.HighHip,
        [BodyJoint.Underbust] = BodyJoint.Waist,
        [BodyJoint.Chest] = BodyJoint.Underbust,
        [BodyJoint.NeckBase] = BodyJoint.Chest,
        [BodyJoint.NeckFront] = BodyJoint.NeckBase,
        [BodyJoint.Neck] = BodyJoint.NeckBase,
        [BodyJoint.Head] = BodyJoint.Neck,
        [BodyJoint.HeadTop] = BodyJoint.Head,
        [BodyJoint.Crotch] = BodyJoint.Hip,
        [BodyJoint.LeftShoulder] = BodyJoint.NeckBase,
        [BodyJoint.LeftUpperArm] = BodyJoint.LeftShoulder,
        [BodyJoint.LeftElbow] = BodyJoint.LeftUpperArm,
        [BodyJoint.LeftWrist] = BodyJoint.LeftElbow,
        [BodyJoint.LeftHand] = BodyJoint.LeftWrist,
        [BodyJoint.RightShoulder] = BodyJoint.NeckBase,
        [BodyJoint.RightUpperArm] = BodyJoint.RightShoulder,
        [BodyJoint.RightElbow] = BodyJoint.RightUpperArm,
        [BodyJoint.RightWrist] = BodyJoint.RightElbow,
        [BodyJoint.RightHand] = BodyJoint.RightWrist,
        [BodyJoint.LeftHipJoint] = BodyJoint.Hip,
        [BodyJoint.LeftThigh] = BodyJoint.LeftHipJoint,
        [BodyJoint.LeftKnee] = BodyJoint.LeftThigh,
        [BodyJoint.LeftCalf] = BodyJoint.LeftKnee,
        [BodyJoint.LeftAnkle] = BodyJoint.LeftCalf,
        [BodyJoint.LeftToe] = BodyJoint.LeftAnkle,
        [BodyJoint.RightHipJoint] = BodyJoint.Hip,
        [BodyJoint.RightThigh] = BodyJoint.RightHipJoint,
        [BodyJoint.RightKnee] = BodyJoint.RightThigh,
        [BodyJoint.RightCalf] = BodyJoint.RightKnee,
        [BodyJoint.RightAnkle] = BodyJoint.RightCalf,
        [BodyJoint.RightToe] = BodyJoint.RightAnkle,
    };

    private readonly Vector3[] _positions;

    public Skeleton(IReadOnlyDictionary<BodyJoint, Vector3> positions)
    {
        var joints = Enum.GetValues<BodyJoint>();
        var missing = joints.Where(j => !positions.ContainsKey(j)).ToArray();
        if (missing.Length > 0)
            throw new ArgumentException($"Joints without a position: {string.Join(", ", missing)}.", nameof(positions));
        _positions = joints.Select(j => positions[j]).ToArray();
    }

    public const BodyJoint Root = BodyJoint.Hip;

    public Vector3 this[BodyJoint joint] => _positions[(int)joint];

    /// <summary>The joint this one hangs from; none for the root.</summary>
    public static BodyJoint? ParentOf(BodyJoint joint) => Parents.TryGetValue(joint, out var parent) ? parent : null;

    public static IEnumerable<BodyJoint> ChildrenOf(BodyJoint joint) => Parents.Where(p => p.Value == joint).Select(p => p.Key).Order();
}
