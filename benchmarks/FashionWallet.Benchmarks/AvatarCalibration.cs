using System.Collections.Concurrent;
using System.Diagnostics;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;
using FashionWallet.Workers.Avatars;
using FashionWallet.Workers.Chromium;
using Microsoft.Extensions.Logging.Abstractions;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Fits the photo measurement model on a training set of known bodies (seed 1; the accuracy benchmark scores other
/// bodies, seed 2): renders them, runs MediaPipe Pose on each photo, reads the silhouettes' features and fits each
/// prediction's coefficients, then writes FashionWallet.Core/Avatars/Photos/PhotoCalibration.Fitted.cs. Photos and
/// pose estimates are kept in .data/avatar-samples, so a refit after a change of features only reads them again.
/// </summary>
internal static class AvatarCalibration
{
    public const int TrainingSeed = 1;

    public static string Cache => Path.Combine(Projects.Repository.Root, ".data", "avatar-samples");

    public static async Task<int> RunAsync(int bodies)
    {
        await using var chromium = new ChromiumHost(new ChromiumOptions(), NullLogger<ChromiumHost>.Instance);
        var photos = new SyntheticPhotos(chromium);
        var inference = new MediaPipeInference(chromium);
        var stopwatch = Stopwatch.StartNew();
        var samples = new List<(AvatarSample Sample, PoseEstimate Front, PoseEstimate Side)>();
        await foreach (var sample in AvatarSamples.EnumerateAsync("train", TrainingSeed, bodies, photos, Cache))
        {
            var (front, side) = await AvatarSamples.PosesAsync(sample, inference, Cache);
            if (front.Landmarks is not null && side.Landmarks is not null && front.Mask is not null && side.Mask is not null)
                samples.Add((sample, front, side));
            if (samples.Count % 20 == 0)
                Console.WriteLine($"{samples.Count}/{bodies} samples ready, {stopwatch.Elapsed.TotalSeconds:0} s");
        }
        Console.WriteLine($"{samples.Count} of {bodies} training bodies have a person in both photos; fitting.");
        var calibration = Fit(samples.Select(s => (s.Sample, s.Front, s.Side)).ToList());
        var path = Path.Combine(Projects.Repository.Root, "FashionWallet.Core", "Avatars", "Photos", "PhotoCalibration.Fitted.cs");
        await File.WriteAllTextAsync(path, calibration.ToSource());
        Console.WriteLine($"Wrote {path}");
        Console.WriteLine();
        Console.WriteLine("| fitted | training RMSE (cm) |");
        Console.WriteLine("|---|---:|");
        foreach (var (level, model) in calibration.Levels)
            Console.WriteLine($"| level {level} height | {model.Rmse:0.00} |");
        foreach (var (measurement, model) in calibration.Measurements)
            Console.WriteLine($"| {measurement} | {model.Rmse:0.00} |");
        return 0;
    }

    public static PhotoEvidence Evidence(byte[] jpeg, PoseEstimate pose) => new(new PhotoSilhouette(JpegCodec.Decode(jpeg), pose.Mask!), pose.Landmarks!);

    private static PhotoCalibration Fit(List<(AvatarSample Sample, PoseEstimate Front, PoseEstimate Side)> samples)
    {
        var empty = new PhotoCalibration(null, new Dictionary<string, LinearModel>(), new Dictionary<Measurement, LinearModel>(), "");
        Loaded Load((AvatarSample Sample, PoseEstimate Front, PoseEstimate Side) s) =>
            new(s.Sample, Evidence(s.Sample.FrontJpeg, s.Front), Evidence(s.Sample.SideJpeg, s.Side), Priors(s.Sample));

        // 1. The floor under the body, as a fraction of the front photo's head-to-toe span (where it truly lies is known
        //    from the camera the photo was rendered with).
        var floorRows = Collect(samples, s =>
        {
            var e = Load(s);
            var (front, side) = (new PhotoView(e.Front.Silhouette, e.Front.Landmarks, splitGaps: true), new PhotoView(e.Side.Silhouette, e.Side.Landmarks, splitGaps: false));
            var features = PhotoMeasurer.FloorFeatures(front, side);
            features["target"] = (TrueFloorRow(s.Sample) - front.TopRow) / front.PixelHeight;
            return features;
        });
        var floor = LinearModel.Fit(["crotch", "ankle", "sideHeight", "sideAnkle"], floorRows.Rows, floorRows.Rows.Select(r => r["target"]).ToList());
        Console.WriteLine($"floor: RMSE {floor.Rmse:0.0000} of the head-to-toe span");
        var withDrops = empty with { Floor = floor };

        // 2. The levels' heights from the anchors.
        var anchors = Collect(samples, s =>
        {
            var e = Load(s);
            var (front, side) = PhotoMeasurer.Views(e.Front, e.Side, e.Priors.HeightCm, withDrops);
            return PhotoFeatures.Anchors(front, side, e.Priors);
        });
        var levels = PhotoFeatures.Levels.ToDictionary(l => l, l => LinearModel.Fit(PhotoModelDesign.LevelFeatures, anchors.Rows,
            anchors.Samples.Select(s => s.JointHeights[JointOf(l)]).ToList()));
        var withLevels = withDrops with { Levels = levels };

        // 3. Every measurement from the features at the predicted levels.
        var features = Collect(samples, s =>
        {
            var e = Load(s);
            var (front, side) = PhotoMeasurer.Views(e.Front, e.Side, e.Priors.HeightCm, withLevels);
            return PhotoMeasurer.Features(front, side, e.Priors, levels);
        });
        var measurements = PhotoModelDesign.Predicted.ToDictionary(m => m, m => LinearModel.FitRobust(PhotoModelDesign.FeaturesOf(m), features.Rows,
            features.Samples.Select(s => s.Truth[m]).ToList()));
        return withLevels with { Measurements = measurements, Provenance = $"fitted on {samples.Count} rendered bodies (training seed {TrainingSeed})" };
    }

    private static (List<AvatarSample> Samples, List<IReadOnlyDictionary<string, double>> Rows) Collect(
        List<(AvatarSample Sample, PoseEstimate Front, PoseEstimate Side)> samples, Func<(AvatarSample Sample, PoseEstimate Front, PoseEstimate Side), Dictionary<string, double>> extract)
    {
        var rows = new ConcurrentDictionary<int, Dictionary<string, double>>();
        Parallel.For(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var row = extract(samples[i]);
            if (row.Values.All(double.IsFinite))
                rows[i] = row;
        });
        var kept = rows.Keys.Order().ToArray();
        return (kept.Select(i => samples[i].Sample).ToList(), kept.Select(i => (IReadOnlyDictionary<string, double>)rows[i]).ToList());
    }

    /// <summary>The row of the floor under the body in the front photo, from the camera it was rendered with.</summary>
    public static double TrueFloorRow(AvatarSample sample) => sample.Conditions.Views(sample.Truth.Height / 100)[0].Project(System.Numerics.Vector3.Zero, 1080, 1920).Y;

    /// <summary>What a person would state: the height in whole centimetres, the sex, and for every second body the weight.</summary>
    public static AvatarPriors Priors(AvatarSample sample) =>
        new(Math.Round(sample.Truth.Height), int.Parse(sample.Id[(sample.Id.LastIndexOf('-') + 1)..]) % 2 == 0 ? Math.Round(sample.WeightKg, 1) : null, null, sample.Truth.Sex);

    private static string JointOf(string level) => level switch
    {
        "Thigh" or "Knee" or "Calf" or "Ankle" => "Left" + level,
        _ => level,
    };

    private sealed record Loaded(AvatarSample Sample, PhotoEvidence Front, PhotoEvidence Side, AvatarPriors Priors);
}
