namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Named points of the body's skeleton. Most are joints; the girth landmarks (Chest, Waist, Thigh...) are the
/// points on the body's or limb's axis where the tape measures, so garments can be fitted at the same places.
/// </summary>
public enum BodyJoint
{
    Hip,
    HighHip,
    Waist,
    Underbust,
    Chest,
    NeckBase,
    NeckFront,
    Neck,
    Head,
    HeadTop,
    Crotch,
    LeftShoulder,
    LeftUpperArm,
    LeftElbow,
    LeftWrist,
    LeftHand,
    RightShoulder,
    RightUpperArm,
    RightElbow,
    RightWrist,
    RightHand,
    LeftHipJoint,
    LeftThigh,
    LeftKnee,
    LeftCalf,
    LeftAnkle,
    LeftToe,
    RightHipJoint,
    RightThigh,
    RightKnee,
    RightCalf,
    RightAnkle,
    RightToe,
}
