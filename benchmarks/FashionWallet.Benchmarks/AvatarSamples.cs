using System.Text.Json;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;
using FashionWallet.Workers.Avatars;

namespace FashionWallet.Benchmarks;

/// <summary>
/// A known body photographed: what it was asked to be, what a tape reads on its mesh (the truth every error is
/// measured against), its weight (mesh volume at 1.01 g/cm3), its skeleton's heights, and the two photos.
/// </summary>
internal sealed record AvatarSample(
    string Id,
    BodyMeasurements Requested,
    BodyMeasurements Truth,
    double WeightKg,
    Dictionary<string, double> JointHeights,
    PhotoConditions Conditions,
    byte[] FrontJpeg,
    byte[] SideJpeg);

internal static class AvatarSamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>The samples of a set: the same seed gives the same bodies and scenes; kept on disk, made when missing.</summary>
    public static async IAsyncEnumerable<AvatarSample> EnumerateAsync(string set, int seed, int count, SyntheticPhotos photos, string cacheRoot)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var measurements = KnownBodies.Sample(random);
            var conditions = PhotoConditions.Sample(random);
            var id = $"{set}-{seed}-{i:000}";
            var directory = Path.Combine(cacheRoot, id);
            var sample = Load(directory) ?? Save(directory, await CreateAsync(id, measurements, conditions, photos));
            yield return sample;
        }
    }

    public static async Task<AvatarSample> CreateAsync(string id, BodyMeasurements measurements, PhotoConditions conditions, SyntheticPhotos photos)
    {
        var body = ParametricBody.Generate(measurements);
        var truth = BodyTape.Measure(body.Mesh, body.Skeleton) with { Sex = measurements.Sex };
        var weight = body.Mesh.SignedVolume() * 1010;
        var joints = Enum.GetValues<BodyJoint>().ToDictionary(j => j.ToString(), j => (double)body.Skeleton[j].Y * 100);
        var (front, side) = await photos.ShootAsync(body, conditions, truth: false, CancellationToken.None);
        return new AvatarSample(id, measurements, truth, weight, joints, conditions, front.Jpeg, side.Jpeg);
    }

    /// <summary>A sample's pose estimates, computed once per sample and kept beside it.</summary>
    public static async Task<(PoseEstimate Front, PoseEstimate Side)> PosesAsync(AvatarSample sample, IPoseInference inference, string cacheRoot)
    {
        var directory = Path.Combine(cacheRoot, sample.Id);
        async Task<PoseEstimate> For(string view, byte[] jpeg)
        {
            var landmarksPath = Path.Combine(directory, $"{view}-landmarks.json");
            var maskPath = Path.Combine(directory, $"{view}-mask.png");
            if (File.Exists(landmarksPath) && File.Exists(maskPath))
            {
                var mask = PngCodec.Decode(await File.ReadAllBytesAsync(maskPath));
                var values = new byte[mask.Width * mask.Height];
                for (var i = 0; i < values.Length; i++)
                    values[i] = mask.Pixels[i * 3];
                var stored = JsonSerializer.Deserialize<double[][]?>(await File.ReadAllTextAsync(landmarksPath), Json);
                return new PoseEstimate(stored?.Select(l => new PoseLandmark(l[0], l[1], l[2], l[3])).ToArray(), new PersonMask(mask.Width, mask.Height, values), 0);
            }
            // As the analyzer reads a photo: everyone found on a small copy, then the pose on the person's region.
            var photo = JpegCodec.Decode(jpeg);
            var everyone = await inference.SegmentAsync(AvatarPhotoAnalyzer.Downscaled(photo, AvatarPhotoAnalyzer.PeopleCountingSize), CancellationToken.None);
            var estimate = await PersonRegion.EstimatePoseAsync(inference, photo, everyone.Mask, CancellationToken.None);
            await File.WriteAllTextAsync(landmarksPath, JsonSerializer.Serialize(estimate.Landmarks?.Select(l => new[] { l.X, l.Y, l.Z, l.Visibility }), Json));
            if (estimate.Mask is { } m)
            {
                var image = new RgbImage(m.Width, m.Height);
                for (var i = 0; i < m.Values.Length; i++)
                    image.Pixels[i * 3] = image.Pixels[i * 3 + 1] = image.Pixels[i * 3 + 2] = m.Values[i];
                await File.WriteAllBytesAsync(maskPath, PngCodec.Encode(image));
            }
            return estimate;
        }
        return (await For("front", sample.FrontJpeg), await For("side", sample.SideJpeg));
    }

    private static AvatarSample? Load(string directory)
    {
        var path = Path.Combine(directory, "sample.json");
        if (!File.Exists(path))
            return null;
        var stored = JsonSerializer.Deserialize<StoredSample>(File.ReadAllText(path), Json)!;
        return new AvatarSample(stored.Id, stored.Requested, stored.Truth, stored.WeightKg, stored.JointHeights, stored.Conditions,
            File.ReadAllBytes(Path.Combine(directory, "front.jpg")), File.ReadAllBytes(Path.Combine(directory, "side.jpg")));
    }

    private static AvatarSample Save(string directory, AvatarSample sample)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "front.jpg"), sample.FrontJpeg);
        File.WriteAllBytes(Path.Combine(directory, "side.jpg"), sample.SideJpeg);
        File.WriteAllText(Path.Combine(directory, "sample.json"), JsonSerializer.Serialize(
            new StoredSample(sample.Id, sample.Requested, sample.Truth, sample.WeightKg, sample.JointHeights, sample.Conditions), Json));
        return sample;
    }

    private sealed record StoredSample(string Id, BodyMeasurements Requested, BodyMeasurements Truth, double WeightKg, Dictionary<string, double> JointHeights, PhotoConditions Conditions);
}
