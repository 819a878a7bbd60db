using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;
using FashionWallet.Tests.Infrastructure;
using FashionWallet.Workers.Avatars;
using FashionWallet.Workers.Rendering;

namespace FashionWallet.Tests.Avatars;

/// <summary>
/// The worker's inference and analysis in real Chromium, on photographs of known bodies rendered by three.js:
/// landmarks where the body's joints are, masks that cover its true silhouette, measurements near its tape's.
/// </summary>
public sealed class AvatarPhotoAnalyzerTests(ChromiumHostFixture host) : IClassFixture<ChromiumHostFixture>
{
    private static readonly Lazy<BodyModel> Woman = new(() => ParametricBody.Generate(BodyMeasurements.Typical(166, Sex.Female)));

    [Fact]
    public async Task Pose_landmarks_sit_on_the_rendered_joints_and_the_masks_cover_the_true_silhouette()
    {
        var (front, _) = await host.Photos.ShootAsync(Woman.Value, PhotoConditions.Default, truth: true, TestContext.Current.CancellationToken);
        var photo = JpegCodec.Decode(front.Jpeg);
        var truth = MaskOf(PngCodec.Decode(front.TruthMaskPng!));

        var pose = await host.Inference.EstimatePoseAsync(photo, TestContext.Current.CancellationToken);
        var everyone = await host.Inference.SegmentAsync(photo, TestContext.Current.CancellationToken);

        Assert.NotNull(pose.Landmarks);
        Assert.Equal(PoseLandmarks.Count, pose.Landmarks.Count);
        var bodyPixels = front.Joints["Crotch"].Y - front.Joints["HeadTop"].Y;
        // On a figure seen from the front the model sometimes swaps a pair's sides (the analyzer uses pairs, never
        // one side), so each landmark must sit on its joint or on the mirrored one.
        foreach (var (point, joint, mirrored) in new[]
        {
            (PosePoint.LeftShoulder, "LeftShoulder", "RightShoulder"), (PosePoint.RightShoulder, "RightShoulder", "LeftShoulder"),
            (PosePoint.LeftElbow, "LeftElbow", "RightElbow"), (PosePoint.LeftWrist, "LeftWrist", "RightWrist"),
            (PosePoint.LeftKnee, "LeftKnee", "RightKnee"), (PosePoint.RightKnee, "RightKnee", "LeftKnee"), (PosePoint.LeftAnkle, "LeftAnkle", "RightAnkle"),
        })
        {
            var landmark = pose.Landmarks.At(point);
            var miss = new[] { front.Joints[joint], front.Joints[mirrored] }.Min(j => Math.Sqrt(Math.Pow(landmark.X - j.X, 2) + Math.Pow(landmark.Y - j.Y, 2)));
            Assert.True(miss < 0.08 * bodyPixels, $"{point} at ({landmark.X:0},{landmark.Y:0}), joints at {front.Joints[joint]} and {front.Joints[mirrored]}");
        }
        Assert.InRange(pose.Mask!.IntersectionOverUnion(truth), 0.85, 1);
        Assert.InRange(everyone.Mask.IntersectionOverUnion(truth), 0.7, 1);
        // Refined on the photo, the silhouette's rows are within a couple of pixels of the truth.
        var refined = new PhotoSilhouette(photo, pose.Mask);
        var exact = new PhotoSilhouette(photo, truth);
        var waistRow = (int)front.Joints["Waist"].Y;
        var (measured, actual) = (refined.RowSpans(waistRow).MaxBy(s => s.Right - s.Left), exact.Runs(waistRow).MaxBy(r => r.End - r.Start));
        Assert.InRange(measured.Right - measured.Left, actual.End - actual.Start - 3, actual.End - actual.Start + 3);
    }

    [Fact]
    public async Task The_analyzer_measures_known_bodies_near_their_tape_and_reports_each_stage()
    {
        var analyzer = new AvatarPhotoAnalyzer(host.Inference);
        var random = new Random(3);
        var errors = new List<(Measurement Measurement, double Error)>();
        for (var i = 0; i < 3; i++)
        {
            var body = ParametricBody.Generate(KnownBodies.Sample(random));
            var truth = BodyTape.Measure(body.Mesh, body.Skeleton);
            var (front, side) = await host.Photos.ShootAsync(body, PhotoConditions.Sample(random), truth: false, TestContext.Current.CancellationToken);
            var stages = new List<(AnalysisStage Stage, int Percent)>();

            var measured = await analyzer.AnalyseAsync(new AvatarPhotoPair(JpegCodec.Decode(front.Jpeg), JpegCodec.Decode(side.Jpeg)),
                new AvatarPriors(Math.Round(truth.Height), null, null, body.Measurements.Sex),
                (stage, percent) => { stages.Add((stage, percent)); return ValueTask.CompletedTask; }, TestContext.Current.CancellationToken);

            Assert.Equal(Enum.GetValues<AnalysisStage>(), stages.Select(s => s.Stage).Distinct());
            Assert.Equal(100, stages[^1].Percent);
            Assert.DoesNotContain(measured.Measurements.Validate(), issue => issue.Severity == IssueSeverity.Error);
            Assert.All(measured.Confidence.Values, c => Assert.InRange(c, 0, 1));
            // Read from the photos, not replaced by typical values (a man, or no stated weight, is no missing feature).
            Assert.DoesNotContain(measured.Warnings, w => w.Contains("could not be read"));
            Assert.Matches("^#[0-9a-f]{6}$", measured.SkinTone);
            Assert.Contains("pose", measured.TimingsMs.Keys);
            errors.AddRange(Enum.GetValues<Measurement>().Select(m => (m, Math.Abs(measured.Measurements[m] - truth[m]))));
        }

        // Looser than the benchmark's goals (1.5 and 2.5 cm over 60 bodies): three bodies are a small sample.
        foreach (var group in errors.GroupBy(e => e.Measurement))
        {
            var limit = group.Key is Measurement.Height or Measurement.Chest or Measurement.Waist or Measurement.Hip or Measurement.Inseam ? 3.5 : 5;
            Assert.True(group.Average(e => e.Error) < limit, $"{group.Key}: mean error {group.Average(e => e.Error):0.0} cm");
        }
    }

    [Fact]
    public async Task A_pose_does_not_depend_on_the_photo_read_before_it()
    {
        var (woman, _) = await host.Photos.RenderPairAsync(BodyMeasurements.Typical(166, Sex.Female), cancellationToken: TestContext.Current.CancellationToken);
        var (man, _) = await host.Photos.RenderPairAsync(BodyMeasurements.Typical(188, Sex.Male), PhotoConditions.Sample(new Random(5)), TestContext.Current.CancellationToken);

        var first = await host.Inference.EstimatePoseAsync(JpegCodec.Decode(woman), TestContext.Current.CancellationToken);
        await host.Inference.EstimatePoseAsync(JpegCodec.Decode(man), TestContext.Current.CancellationToken);
        var again = await host.Inference.EstimatePoseAsync(JpegCodec.Decode(woman), TestContext.Current.CancellationToken);

        Assert.Equal(first.Landmarks!.Select(l => (l.X, l.Y)), again.Landmarks!.Select(l => (l.X, l.Y)));
    }

    [Fact]
    public async Task A_photo_without_a_person_is_refused_with_a_reason()
    {
        var wall = new RgbImage(540, 960);
        Array.Fill(wall.Pixels, (byte)200);
        var analyzer = new AvatarPhotoAnalyzer(host.Inference);

        var rejection = await Assert.ThrowsAsync<PhotoRejectedException>(() => analyzer.AnalyseAsync(new AvatarPhotoPair(wall, wall),
            new AvatarPriors(170, null, null, Sex.Unspecified), (_, _) => ValueTask.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Equal(PhotoRejections.NoPerson, rejection.Code);
        Assert.Contains("stand fully in the frame", rejection.Message);
    }

    [Fact]
    public async Task Synthetic_photos_are_phone_sized_jpegs_of_the_measured_body()
    {
        var (front, side) = await host.Photos.RenderPairAsync(BodyMeasurements.Typical(180, Sex.Male), cancellationToken: TestContext.Current.CancellationToken);

        foreach (var jpeg in new[] { front, side })
        {
            var image = JpegCodec.Decode(jpeg);
            Assert.Equal((1080, 1920), (image.Width, image.Height));
        }
        Assert.NotEqual(front, side);
    }

    [Fact]
    public async Task The_browser_loads_nothing_from_outside_and_starts_again_after_a_crash()
    {
        await using (var page = await host.Chromium.RentPageAsync(Photographer.PagePath, TestContext.Current.CancellationToken))
        {
            var outside = await page.CallAsync("() => fetch('http://example.com/').then(() => 'loaded', () => 'refused')", null, TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            Assert.Equal("refused", outside);
            await page.Page.Context.Browser!.CloseAsync();
        }
        var launches = host.Chromium.Launches;

        await using var again = await host.Chromium.RentPageAsync(Photographer.PagePath, TestContext.Current.CancellationToken);

        Assert.Equal(launches + 1, host.Chromium.Launches);
        Assert.True(host.Chromium.IsRunning);
    }

    private static PersonMask MaskOf(RgbImage truth)
    {
        var values = new byte[truth.Width * truth.Height];
        for (var i = 0; i < values.Length; i++)
            values[i] = truth.Pixels[i * 3];
        return new PersonMask(truth.Width, truth.Height, values);
    }
}
