using System.Numerics;
using FashionWallet.Avatars.Bodies;

namespace FashionWallet.Designs.Garments;

/// <summary>Where a body's landmarks are: heights for body lengths, distances down the arm for sleeves.</summary>
internal sealed class BodyLandmarks(BodyModel body)
{
    private readonly Skeleton _skeleton = body.Skeleton;

    /// <summary>The lowest point between the legs, as the tape reads the inseam.</summary>
    public float CrotchHeight => (float)body.Measurements.Inseam / 100;

    public float Height(Landmark landmark) => landmark switch
    {
        Landmark.Nape or Landmark.HighPointShoulder => _skeleton[BodyJoint.NeckBase].Y,
        Landmark.Shoulder => _skeleton[BodyJoint.LeftShoulder].Y,
        Landmark.Bust => _skeleton[BodyJoint.Chest].Y,
        Landmark.Underbust => _skeleton[BodyJoint.Underbust].Y,
        Landmark.Waist => _skeleton[BodyJoint.Waist].Y,
        Landmark.HighHip => _skeleton[BodyJoint.HighHip].Y,
        Landmark.Hip => _skeleton[BodyJoint.Hip].Y,
        Landmark.Crotch => CrotchHeight,
        Landmark.MidThigh => (CrotchHeight + _skeleton[BodyJoint.LeftKnee].Y) / 2,
        Landmark.Knee => _skeleton[BodyJoint.LeftKnee].Y,
        Landmark.Calf => _skeleton[BodyJoint.LeftCalf].Y,
        Landmark.Ankle => _skeleton[BodyJoint.LeftAnkle].Y,
        Landmark.Floor => 0,
        Landmark.Elbow => _skeleton[BodyJoint.LeftElbow].Y,
        _ => _skeleton[BodyJoint.LeftWrist].Y,
    };

    /// <summary>The hem's height: the landmark's, lower by the offset (a longer garment), never below the floor.</summary>
    public float HemHeight(GarmentLength length) => MathF.Max(0.01f, Height(length.To) - (float)length.OffsetCm / 100);

    /// <summary>How far down the arm (from the shoulder joint, over the elbow) a sleeve of this length reaches.</summary>
    public float SleeveLength(GarmentLength length)
    {
        var upper = Vector3.Distance(_skeleton[BodyJoint.LeftShoulder], _skeleton[BodyJoint.LeftElbow]);
        var lower = Vector3.Distance(_skeleton[BodyJoint.LeftElbow], _skeleton[BodyJoint.LeftWrist]);
        var to = length.To switch
        {
            Landmark.Elbow => upper,
            Landmark.Wrist => upper + lower,
            Landmark.Shoulder or Landmark.HighPointShoulder or Landmark.Nape => 0.1f * upper,
            _ => upper,
        };
        return Math.Clamp(to + (float)length.OffsetCm / 100, 0.06f, upper + lower + 0.03f);
    }

    /// <summary>The joints a left (+X) or right arm's sleeve runs along, shoulder to hand.</summary>
    public Vector3[] Arm(bool left) => left
        ? [_skeleton[BodyJoint.LeftShoulder], _skeleton[BodyJoint.LeftElbow], _skeleton[BodyJoint.LeftWrist], _skeleton[BodyJoint.LeftHand]]
        : [_skeleton[BodyJoint.RightShoulder], _skeleton[BodyJoint.RightElbow], _skeleton[BodyJoint.RightWrist], _skeleton[BodyJoint.RightHand]];

    /// <summary>The leg's axis at a height: the hip joint, knee and ankle interpolated.</summary>
    public Vector3 LegCentre(bool left, float y)
    {
        var joints = left
            ? new[] { _skeleton[BodyJoint.LeftHipJoint], _skeleton[BodyJoint.LeftKnee], _skeleton[BodyJoint.LeftAnkle] }
            : [_skeleton[BodyJoint.RightHipJoint], _skeleton[BodyJoint.RightKnee], _skeleton[BodyJoint.RightAnkle]];
        return OnPolylineAt(joints, y);
    }

    /// <summary>The neck's axis at a height (neck base to neck).</summary>
    public Vector3 NeckCentre(float y) => OnPolylineAt([_skeleton[BodyJoint.NeckBase], _skeleton[BodyJoint.Neck]], y);

    private static Vector3 OnPolylineAt(Vector3[] joints, float y)
    {
        for (var i = 0; i < joints.Length - 1; i++)
        {
            var (a, b) = (joints[i], joints[i + 1]);
            var (low, high) = (MathF.Min(a.Y, b.Y), MathF.Max(a.Y, b.Y));
            if (y >= low && y <= high && high - low > 1e-6f)
                return Vector3.Lerp(a, b, (y - a.Y) / (b.Y - a.Y));
        }
        var nearest = MathF.Abs(y - joints[0].Y) < MathF.Abs(y - joints[^1].Y) ? joints[0] : joints[^1];
        return nearest with { Y = y };
    }
}
