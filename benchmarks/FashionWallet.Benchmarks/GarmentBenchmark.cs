using System.Diagnostics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Catalog;
using FashionWallet.Designs.Garments;
using FashionWallet.Geometry.Gltf;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Milliseconds to generate each basic garment on a typical body (165 cm woman, Medium level of detail), its
/// triangles, and the size of the avatar + garment GLB; then the slowest of the seed catalog's silhouettes. The
/// baseline, in the same run, is generating the body itself, which every garment preview starts from.
/// </summary>
internal static class GarmentBenchmark
{
    private const int WarmUpRuns = 3;
    private const int BaselineRuns = 5;

    public static int Run(int runs)
    {
        var measurements = BodyMeasurements.Typical(165, Sex.Female);
        Console.WriteLine($"Garment generation, typical 165 cm woman at Medium, {runs} runs after {WarmUpRuns} warm-up runs, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine();
        var bodyTimes = Times(BaselineRuns, () => ParametricBody.Generate(measurements, BodyLevelOfDetail.Medium));
        var body = ParametricBody.Generate(measurements, BodyLevelOfDetail.Medium);
        var bodyGlb = GlbWriter.Write(Avatars.Export.AvatarScene.Scene(body));
        Console.WriteLine("| garment | triangles | fastest (ms) | p50 (ms) | p95 (ms) | avatar + garment GLB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: the body itself ({BaselineRuns} runs) | {body.Mesh.TriangleCount:N0} | {bodyTimes[0]:0} | {Percentile(bodyTimes, 0.5):0} | {Percentile(bodyTimes, 0.95):0} | {Megabytes(bodyGlb.Length)} (body alone) |");
        foreach (var spec in GarmentSpecs.All)
            Row(spec.Name, spec, body, runs);
        var silhouettes = CatalogSeed.Generate()
            .Where(i => i.Kind == CatalogKind.Silhouette)
            .Select(i => GarmentSpec.From((SilhouetteAttributes)CatalogJson.ParseAttributes(i.Kind!, i.Attributes), i.Category, i.Name))
            .ToList();
        var slowest = silhouettes.Select(s => (Spec: s, P50: Percentile(Times(5, () => GarmentGenerator.Generate(s, body)), 0.5))).MaxBy(s => s.P50);
        Row($"slowest of {silhouettes.Count} seeded silhouettes: {slowest.Spec.Name}", slowest.Spec, body, runs);
        Console.WriteLine();
        Console.WriteLine($"Load average after the run: {LoadAverage()}");
        return 0;
    }

    private static void Row(string name, GarmentSpec spec, BodyModel body, int runs)
    {
        var garment = GarmentGenerator.Generate(spec, body);
        var times = Times(runs, () => GarmentGenerator.Generate(spec, body));
        // As the studio's preview sends it: every panel in a fabric, so every panel carries its weave's texture.
        var glb = GlbWriter.Write(GarmentScene.Scene(body, garment, panelWeaves: garment.Panels.ToDictionary(p => p.Name, _ => "jersey")));
        Console.WriteLine($"| {name} | {garment.TriangleCount:N0} | {times[0]:0.0} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.95):0.0} | {Megabytes(glb.Length)} |");
    }

    private static double[] Times(int runs, Action action)
    {
        for (var i = 0; i < WarmUpRuns; i++)
            action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.00} MB";

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
}
