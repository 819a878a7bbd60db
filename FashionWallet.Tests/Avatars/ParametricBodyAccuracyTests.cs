using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Avatars;

/// <summary>
/// The mesh realises its measurements: the tape reads back what the body was built from, within 1 cm for height,
/// chest, waist, hip and thigh and within 2 cm for the rest, over bodies from small and slim to tall and large.
/// </summary>
public sealed class ParametricBodyAccuracyTests
{
    private static readonly Measurement[] WithinOneCentimetre = [Measurement.Height, Measurement.Chest, Measurement.Waist, Measurement.Hip, Measurement.Thigh];

    /// <summary>Twenty bodies drawn once from a fixed seed, so every run checks the same ones.</summary>
    private static readonly SampledBody[] Sample = Gen.Sample(SampledBody.Generator, 20, new Rnd(20_251_122UL), 100);

    public static TheoryData<int> SampleIndices => [.. Enumerable.Range(0, Sample.Length)];

    [Theory]
    [MemberData(nameof(SampleIndices))]
    public void The_tape_reads_back_every_measurement_of_the_medium_mesh(int index)
    {
        var measurements = Sample[index].Measurements;

        AssertRealised(measurements, BodyLevelOfDetail.Medium, ParametricBody.Generate(measurements, BodyLevelOfDetail.Medium));
    }

    [Theory]
    [InlineData(BodyLevelOfDetail.Low)]
    [InlineData(BodyLevelOfDetail.High)]
    public void The_low_and_high_meshes_realise_them_too(BodyLevelOfDetail level)
    {
        AssertRealised(TypicalBodies.Woman, level, TypicalBodies.WomanAt(level));
    }

    [Fact]
    public void The_sample_spans_slim_to_large_bodies_of_both_sexes()
    {
        var builds = Sample.Select(s => s.Build).ToArray();

        Assert.True(builds.Min() < 0.9 && builds.Max() > 1.3, $"builds {builds.Min():0.00}-{builds.Max():0.00}");
        Assert.Equal(3, Sample.Select(s => s.Measurements.Sex).Distinct().Count());
        Assert.All(Sample, s => Assert.DoesNotContain(s.Measurements.Validate(), i => i.Severity == IssueSeverity.Error));
    }

    private static void AssertRealised(BodyMeasurements target, BodyLevelOfDetail level, BodyModel body)
    {
        var measured = BodyTape.Measure(body.Mesh, body.Skeleton);
        var misses = Enum.GetValues<Measurement>()
            .Select(m => (Measurement: m, Target: target[m], Measured: measured[m], Tolerance: WithinOneCentimetre.Contains(m) ? 1.0 : 2.0))
            .Where(r => Math.Abs(r.Measured - r.Target) > r.Tolerance)
            .Select(r => $"  {r.Measurement}: {r.Target:0.0} cm asked, {r.Measured:0.00} cm measured (tolerance {r.Tolerance} cm)")
            .ToArray();
        Assert.True(misses.Length == 0, $"{level} mesh of {target.Sex} {target.Height} cm:\n{string.Join('\n', misses)}");
    }
}

/// <summary>A typical body for a height and sex, scaled by a build (torso girths most, wrists and ankles least) and varied a little.</summary>
public sealed record SampledBody(BodyMeasurements Measurements, double Build)
{
    public static Gen<SampledBody> Generator =>
        from height in Gen.Choose(150, 200)
        from sex in Gen.Elements(Sex.Female, Sex.Male, Sex.Unspecified)
        from build in Gen.Choose(80, 140).Select(b => b / 100.0)
        from seed in Gen.Choose(0, int.MaxValue)
        select new SampledBody(Vary(BodyMeasurements.Typical(height, sex), build, new Random(seed)), build);

    public override string ToString() => $"{Measurements.Sex} {Measurements.Height:0} cm, build {Build:0.00}";

    private static BodyMeasurements Vary(BodyMeasurements typical, double build, Random random)
    {
        // How strongly each measurement follows the build (girth ~ build^exponent), then a few percent either way.
        double Girth(double value, double exponent) => Math.Round(value * Math.Pow(build, exponent) * (0.97 + 0.06 * random.NextDouble()), 1);
        double Length(double value) => Math.Round(value * (0.98 + 0.04 * random.NextDouble()), 1);
        return typical with
        {
            ShoulderWidth = Girth(typical.ShoulderWidth, 0.3),
            Neck = Girth(typical.Neck, 0.6),
            Chest = Girth(typical.Chest, 1),
            Underbust = Girth(typical.Underbust, 1),
            Waist = Girth(typical.Waist, 1.3),
            HighHip = Girth(typical.HighHip, 1.15),
            Hip = Girth(typical.Hip, 1),
            UpperArm = Girth(typical.UpperArm, 1.1),
            Wrist = Girth(typical.Wrist, 0.5),
            Thigh = Girth(typical.Thigh, 1),
            Knee = Girth(typical.Knee, 0.8),
            Calf = Girth(typical.Calf, 0.8),
            Ankle = Girth(typical.Ankle, 0.5),
            ArmLength = Length(typical.ArmLength),
            BackLength = Length(typical.BackLength),
            FrontLength = Length(typical.FrontLength),
            Inseam = Length(typical.Inseam),
            Outseam = Length(typical.Outseam),
        };
    }
}
