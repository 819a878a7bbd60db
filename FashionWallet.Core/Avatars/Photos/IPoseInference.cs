using FashionWallet.Imaging;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// Person segmentation and pose landmarks for one photo. MediaPipe in the worker's Chromium is one backend; an ONNX
/// Runtime one can take its place where that package exists.
/// </summary>
public interface IPoseInference
{
    /// <summary>Every person in the photo, as one mask (probability a pixel is a person).</summary>
    Task<InferredMask> SegmentAsync(RgbImage image, CancellationToken cancellationToken);

    /// <summary>The most prominent person's 33 landmarks and mask; null landmarks when no person is found.</summary>
    Task<PoseEstimate> EstimatePoseAsync(RgbImage image, CancellationToken cancellationToken);
}

public sealed record InferredMask(PersonMask Mask, double InferenceMs);

public sealed record PoseEstimate(IReadOnlyList<PoseLandmark>? Landmarks, PersonMask? Mask, double InferenceMs);

/// <summary>A landmark in the photo's pixels; Z is depth relative to the hips (smaller is nearer), in pixels too.</summary>
public readonly record struct PoseLandmark(double X, double Y, double Z, double Visibility);

/// <summary>The 33 landmarks of BlazePose (MediaPipe Pose), by index; left and right are the person's own.</summary>
public enum PosePoint
{
    Nose = 0,
    LeftEyeInner = 1,
    LeftEye = 2,
    LeftEyeOuter = 3,
    RightEyeInner = 4,
    RightEye = 5,
    RightEyeOuter = 6,
    LeftEar = 7,
    RightEar = 8,
    MouthLeft = 9,
    MouthRight = 10,
    LeftShoulder = 11,
    RightShoulder = 12,
    LeftElbow = 13,
    RightElbow = 14,
    LeftWrist = 15,
    RightWrist = 16,
    LeftPinky = 17,
    RightPinky = 18,
    LeftIndex = 19,
    RightIndex = 20,
    LeftThumb = 21,
    RightThumb = 22,
    LeftHip = 23,
    RightHip = 24,
    LeftKnee = 25,
    RightKnee = 26,
    LeftAnkle = 27,
    RightAnkle = 28,
    LeftHeel = 29,
    RightHeel = 30,
    LeftFootIndex = 31,
    RightFootIndex = 32,
}

public static class PoseLandmarks
{
    public const int Count = 33;

    public static PoseLandmark At(this IReadOnlyList<PoseLandmark> landmarks, PosePoint point) => landmarks[(int)point];
}
