using System.Diagnostics;
using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Geometry.Implicit;
using FashionWallet.Geometry.Meshing;

namespace FashionWallet.Benchmarks;

/// <summary>
/// Milliseconds to generate a typical body (165 cm woman) at each level of detail, and its GLB's size. The
/// baseline, in the same run, is the same meshing pipeline (marching cubes, fitting, relaxation, and for the low
/// level decimation) on a plain sphere of the body's surface area and triangle budget: what the body's calibration,
/// its many-part field and its texture coordinates cost on top.
/// </summary>
internal static class GeometryBenchmark
{
    private const int WarmUpRuns = 5;

    public static int Run(int runs)
    {
        var measurements = BodyMeasurements.Typical(165, Sex.Female);
        Console.WriteLine($"Parametric body generation, typical 165 cm woman, {runs} runs after {WarmUpRuns} warm-up runs, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine();
        Console.WriteLine("| level | triangles | fastest (ms) | p50 (ms) | p95 (ms) | sphere baseline p50 (ms) | body / baseline | GLB size |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var level in Enum.GetValues<BodyLevelOfDetail>())
        {
            var body = ParametricBody.Generate(measurements, level);
            var sphere = new SphereSurface(Vector3.Zero, MathF.Sqrt((float)body.Mesh.Area() / (4 * MathF.PI)));
            var (times, baseline) = MeasureInTurns(runs, () => ParametricBody.Generate(measurements, level), () => MeshSphere(sphere, level));
            var glb = GlbWriter.Write(AvatarScene.Scene(body));
            Console.WriteLine($"| {level} ({(int)level:N0}) | {body.Mesh.TriangleCount:N0} | {times[0]:0} | {Percentile(times, 0.5):0} | {Percentile(times, 0.95):0} | {Percentile(baseline, 0.5):0} | {Percentile(times, 0.5) / Percentile(baseline, 0.5):0.0} | {glb.Length / 1024.0 / 1024.0:0.00} MB |");
        }
        Console.WriteLine();
        Console.WriteLine($"Load average after the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    private static void MeshSphere(SphereSurface sphere, BodyLevelOfDetail level)
    {
        if (level == BodyLevelOfDetail.Low)
            ImplicitMesher.Decimate(ImplicitMesher.Mesh(sphere, (int)BodyLevelOfDetail.Medium), (int)level);
        else
            ImplicitMesher.Mesh(sphere, (int)level);
    }

    /// <summary>The two alternate run by run, so that load from elsewhere on the machine falls on both alike.</summary>
    private static (double[] First, double[] Second) MeasureInTurns(int runs, Action first, Action second)
    {
        for (var i = 0; i < WarmUpRuns; i++)
        {
            first();
            second();
        }
        var (firstTimes, secondTimes) = (new double[runs], new double[runs]);
        for (var i = 0; i < runs; i++)
        {
            firstTimes[i] = Time(first);
            secondTimes[i] = Time(second);
        }
        Array.Sort(firstTimes);
        Array.Sort(secondTimes);
        return (firstTimes, secondTimes);
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
}
