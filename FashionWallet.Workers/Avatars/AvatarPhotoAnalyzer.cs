using System.Diagnostics;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// Reads a body from a front and a side photo: checks the light, finds everyone in each photo (one person only),
/// finds the person's pose and silhouette, checks the framing and the arms, then measures (<see cref="PhotoMeasurer"/>).
/// The two photos go through each model side by side, one warm page each.
/// </summary>
public sealed class AvatarPhotoAnalyzer(IPoseInference inference, PhotoCalibration calibration) : IAvatarPhotoAnalyzer
{
    /// <summary>Photos are read at most this tall (or wide): the models see a few hundred pixels, and edges are refined to a pixel.</summary>
    public const int WorkingSize = 1920;

    /// <summary>Everyone in a photo is found on a copy at most this size: finding people needs no detail, and a smaller mask comes back sooner.</summary>
    public const int PeopleCountingSize = 640;

    public AvatarPhotoAnalyzer(IPoseInference inference) : this(inference, PhotoCalibration.Current)
    {
    }

    public async Task<MeasuredBody> AnalyseAsync(AvatarPhotoPair photos, AvatarPriors priors, AnalysisProgress progress, CancellationToken cancellationToken)
    {
        var timings = new Dictionary<string, double>();
        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        double Lap()
        {
            var elapsed = step.Elapsed.TotalMilliseconds;
            step.Restart();
            return Math.Round(elapsed, 1);
        }

        await progress(AnalysisStage.Checking, 0);
        var (front, side) = (Downscaled(photos.Front), Downscaled(photos.Side));
        PhotoChecks.Lighting(front, "front");
        PhotoChecks.Lighting(side, "side");
        timings["checking"] = Lap();

        await progress(AnalysisStage.Segmenting, 10);
        var everyone = await Task.WhenAll(inference.SegmentAsync(Downscaled(front, PeopleCountingSize), cancellationToken),
            inference.SegmentAsync(Downscaled(side, PeopleCountingSize), cancellationToken));
        PhotoChecks.People(everyone[0].Mask, "front");
        PhotoChecks.People(everyone[1].Mask, "side");
        timings["segmenting"] = Lap();

        await progress(AnalysisStage.DetectingPose, 35);
        var poses = await Task.WhenAll(PersonRegion.EstimatePoseAsync(inference, front, everyone[0].Mask, cancellationToken),
            PersonRegion.EstimatePoseAsync(inference, side, everyone[1].Mask, cancellationToken));
        var frontEvidence = Evidence(front, poses[0], "front");
        var sideEvidence = Evidence(side, poses[1], "side");
        PhotoChecks.Framing(frontEvidence.Silhouette, frontEvidence.Landmarks, "front");
        PhotoChecks.Framing(sideEvidence.Silhouette, sideEvidence.Landmarks, "side");
        PhotoChecks.ArmsAway(frontEvidence.Silhouette, frontEvidence.Landmarks);
        timings["pose"] = Lap();

        await progress(AnalysisStage.Measuring, 70);
        var measured = PhotoMeasurer.Measure(frontEvidence, sideEvidence, priors, calibration);
        var skin = PhotoChecks.SkinTone(frontEvidence.Silhouette, frontEvidence.Landmarks);
        timings["measuring"] = Lap();
        timings["total"] = Math.Round(total.Elapsed.TotalMilliseconds, 1);
        timings["segmentationInference"] = Math.Round(everyone.Sum(e => e.InferenceMs), 1);
        timings["poseInference"] = Math.Round(poses.Sum(p => p.InferenceMs), 1);
        await progress(AnalysisStage.Measuring, 100);
        return new MeasuredBody(measured.Measurements, measured.Confidence, BodyTypes.Classify(measured.Measurements), skin, measured.Warnings, timings);
    }

    private static PhotoEvidence Evidence(RgbImage photo, PoseEstimate pose, string view)
    {
        if (pose.Landmarks is null || pose.Mask is null)
            throw PhotoChecks.NoPerson(view);
        return new PhotoEvidence(new PhotoSilhouette(photo, pose.Mask), pose.Landmarks);
    }

    /// <summary>A photo larger than <paramref name="size"/> averaged down to fit it (box filter); smaller ones as they are.</summary>
    public static RgbImage Downscaled(RgbImage photo, int size = WorkingSize)
    {
        var factor = (int)Math.Ceiling(Math.Max(photo.Width, photo.Height) / (double)size);
        if (factor <= 1)
            return photo;
        var result = new RgbImage(photo.Width / factor, photo.Height / factor);
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                int r = 0, g = 0, b = 0;
                for (var dy = 0; dy < factor; dy++)
                {
                    for (var dx = 0; dx < factor; dx++)
                    {
                        var (pr, pg, pb) = photo[x * factor + dx, y * factor + dy];
                        (r, g, b) = (r + pr, g + pg, b + pb);
                    }
                }
                var n = factor * factor;
                result[x, y] = ((byte)(r / n), (byte)(g / n), (byte)(b / n));
            }
        }
        return result;
    }
}
