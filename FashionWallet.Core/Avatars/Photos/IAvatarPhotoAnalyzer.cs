using FashionWallet.Avatars.Measurements;
using FashionWallet.Imaging;

namespace FashionWallet.Avatars.Photos;

/// <summary>What a person states with their photos; the height scales everything read from the pixels.</summary>
public sealed record AvatarPriors(double HeightCm, double? WeightKg, int? Age, Sex Sex);

/// <summary>A run's photos, upright and free of metadata.</summary>
public sealed record AvatarPhotoPair(RgbImage Front, RgbImage Side);

/// <summary>The steps of reading a body from photos, in order; each reports its own progress.</summary>
public enum AnalysisStage
{
    Checking,
    Segmenting,
    DetectingPose,
    Measuring,
}

/// <summary>Where an analysis is: a stage, and how far through the whole analysis (0 to 100).</summary>
public delegate ValueTask AnalysisProgress(AnalysisStage stage, int percent);

/// <summary>
/// Measurements read from a pair of photos. The measurements pass <see cref="MeasurementValidation"/> without errors
/// (a parametric body can be built from them); each has a confidence from 0 (a guess from the priors) to 1.
/// </summary>
public sealed record MeasuredBody(
    BodyMeasurements Measurements,
    IReadOnlyDictionary<Measurement, double> Confidence,
    BodyType BodyType,
    string SkinTone,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> TimingsMs);

/// <summary>
/// Reads a body from a front and a side photo. Throws <see cref="PhotoRejectedException"/> when the photos cannot
/// give measurements (no person, arms against the body, ...); any other exception is a fault worth retrying.
/// </summary>
public interface IAvatarPhotoAnalyzer
{
    Task<MeasuredBody> AnalyseAsync(AvatarPhotoPair photos, AvatarPriors priors, AnalysisProgress progress, CancellationToken cancellationToken);
}
