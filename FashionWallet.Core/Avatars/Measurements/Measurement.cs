namespace FashionWallet.Avatars.Measurements;

/// <summary>
/// The body measurements an avatar realises, in centimetres. Girths are tape perimeters around the body at a
/// landmark (see <c>BodyTape</c> for exactly where and how each is taken); lengths follow the body's surface.
/// </summary>
public enum Measurement
{
    Height,
    ShoulderWidth,
    Neck,
    Chest,
    Underbust,
    Waist,
    HighHip,
    Hip,
    UpperArm,
    Wrist,
    ArmLength,
    BackLength,
    FrontLength,
    Inseam,
    Outseam,
    Thigh,
    Knee,
    Calf,
    Ankle,
}
