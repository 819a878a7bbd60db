using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars.Photos;

/// <summary>What one photo gave: the person's silhouette and landmarks.</summary>
public sealed record PhotoEvidence(PhotoSilhouette Silhouette, IReadOnlyList<PoseLandmark> Landmarks);

/// <summary>Measurements from the evidence of both photos, each with a confidence, and what was worth telling the person.</summary>
public sealed record PhotoMeasurements(BodyMeasurements Measurements, IReadOnlyDictionary<Measurement, double> Confidence, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads measurements from a front and a side photo: the stated height scales both; the calibration places the
/// levels and turns widths and depths into girths; values no body has give way to typical ones for the person's
/// height and sex, with a warning.
/// </summary>
public static class PhotoMeasurer
{
    /// <summary>
    /// Both views on one scale: the phone stays where it is while the person turns, so the body's plane is as far from
    /// it in both photos. Where the floor under the body lies (as a fraction of the front photo's head-to-toe span;
    /// the toes stand in front of the body, so they show lower) comes from the calibration.
    /// </summary>
    public static (PhotoView Front, PhotoView Side) Views(PhotoEvidence front, PhotoEvidence side, double heightCm, PhotoCalibration calibration)
    {
        var frontView = new PhotoView(front.Silhouette, front.Landmarks, splitGaps: true);
        var sideView = new PhotoView(side.Silhouette, side.Landmarks, splitGaps: false);
        var floorSpan = (calibration.Floor?.Predict(FloorFeatures(frontView, sideView)) ?? 1) * frontView.PixelHeight;
        var scale = heightCm / floorSpan;
        return (frontView.Scaled(heightCm, scale), sideView.Scaled(heightCm, scale));
    }

    /// <summary>What places the floor: the rows of the crotch and ankles and the side photo's height, over the front photo's head-to-toe span.</summary>
    public static Dictionary<string, double> FloorFeatures(PhotoView front, PhotoView side) => new()
    {
        ["crotch"] = (PhotoFeatures.CrotchRow(front) - front.TopRow) / front.PixelHeight,
        ["ankle"] = (PhotoFeatures.AnkleRow(front) - front.TopRow) / front.PixelHeight,
        ["sideHeight"] = side.PixelHeight / front.PixelHeight,
        ["sideAnkle"] = (PhotoFeatures.AnkleRow(side) - side.TopRow) / front.PixelHeight,
    };

    /// <summary>Every feature the models use, with the levels placed by the calibration.</summary>
    public static Dictionary<string, double> Features(PhotoView front, PhotoView side, AvatarPriors priors, IReadOnlyDictionary<string, LinearModel> levels)
    {
        var anchors = PhotoFeatures.Anchors(front, side, priors);
        var heights = PhotoFeatures.Levels.ToDictionary(l => l, l => levels[l].Predict(anchors));
        var features = PhotoFeatures.AtLevels(front, side, anchors, heights);
        features["neckEllipse"] = PhotoFeatures.Ellipse(features["neckWidth"], features["neckDepth"]);
        features["levelWaist"] = heights["Waist"];
        return features;
    }

    public static PhotoMeasurements Measure(PhotoEvidence front, PhotoEvidence side, AvatarPriors priors, PhotoCalibration calibration)
    {
        var typical = BodyMeasurements.Typical(priors.HeightCm, priors.Sex);
        if (!calibration.IsComplete)
        {
            return new PhotoMeasurements(typical, Enum.GetValues<Measurement>().ToDictionary(m => m, m => m == Measurement.Height ? 1.0 : 0.0),
                ["The photo measurement model is not calibrated: typical measurements for the height are used."]);
        }
        var (frontView, sideView) = Views(front, side, priors.HeightCm, calibration);
        var features = Features(frontView, sideView, priors, calibration.Levels);
        var visibility = Visibility(front.Landmarks);
        var values = new Dictionary<Measurement, double> { [Measurement.Height] = priors.HeightCm };
        var confidence = new Dictionary<Measurement, double> { [Measurement.Height] = 1 };
        var warnings = new List<string>();
        foreach (var measurement in PhotoModelDesign.Predicted)
        {
            var model = calibration.Measurements[measurement];
            var readable = model.Features.All(f => features.TryGetValue(f, out var v) && double.IsFinite(v) && (v > 0 || PhotoModelDesign.IsStated(f)));
            var value = readable ? model.Predict(features) : double.NaN;
            if (!double.IsFinite(value))
            {
                (values[measurement], confidence[measurement]) = (typical[measurement], 0);
                warnings.Add($"{Describe(measurement)} could not be read from the photos; a typical value for your height is used.");
                continue;
            }
            values[measurement] = Math.Round(value, 1);
            confidence[measurement] = Math.Round(Math.Clamp(1 - model.Rmse / (0.06 * value), 0.05, 1) * visibility, 2);
        }
        var measurements = BodyMeasurements.From(m => values[m], priors.Sex);
        return Regularised(measurements, typical, confidence, warnings);
    }

    /// <summary>Values no body has (outside the plausible ranges, or inconsistent) give way, one at a time, to typical ones.</summary>
    private static PhotoMeasurements Regularised(BodyMeasurements measurements, BodyMeasurements typical, Dictionary<Measurement, double> confidence, List<string> warnings)
    {
        for (var round = 0; round < 20; round++)
        {
            var error = measurements.Validate().FirstOrDefault(i => i.Severity == IssueSeverity.Error && i.Measurement != Measurement.Height);
            if (error is null)
                break;
            measurements = measurements.With(error.Measurement, typical[error.Measurement]);
            confidence[error.Measurement] = 0;
            warnings.Add($"{Describe(error.Measurement)} read from the photos was implausible ({error.Message}); a typical value for your height is used.");
        }
        return new PhotoMeasurements(measurements, confidence, warnings);
    }

    private static double Visibility(IReadOnlyList<PoseLandmark> landmarks)
    {
        PosePoint[] body = [PosePoint.LeftShoulder, PosePoint.RightShoulder, PosePoint.LeftElbow, PosePoint.RightElbow, PosePoint.LeftWrist, PosePoint.RightWrist,
            PosePoint.LeftHip, PosePoint.RightHip, PosePoint.LeftKnee, PosePoint.RightKnee, PosePoint.LeftAnkle, PosePoint.RightAnkle];
        return Math.Clamp(body.Average(p => landmarks.At(p).Visibility) / 0.9, 0.3, 1);
    }

    public static string Describe(Measurement measurement) => measurement switch
    {
        Measurement.ShoulderWidth => "Shoulder width",
        Measurement.Chest => "Chest",
        Measurement.UpperArm => "Upper arm",
        Measurement.ArmLength => "Arm length",
        Measurement.BackLength => "Back length",
        Measurement.FrontLength => "Front length",
        Measurement.HighHip => "High hip",
        _ => measurement.ToString(),
    };
}
