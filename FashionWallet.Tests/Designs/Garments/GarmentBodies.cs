using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Designs.Garments;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Sections;
using FashionWallet.Workers.Avatars;

namespace FashionWallet.Tests.Designs.Garments;

/// <summary>Eight varied, realistic bodies (generated once per run) and the tape measures garment tests read them with.</summary>
internal static class GarmentBodies
{
    private static readonly Lazy<BodyModel[]> Bodies = new(() =>
    {
        var random = new Random(20_260_6);
        var measurements = Enumerable.Range(0, 8).Select(_ => KnownBodies.Sample(random)).ToArray();
        return measurements.AsParallel().AsOrdered().Select(m => ParametricBody.Generate(m, BodyLevelOfDetail.Medium)).ToArray();
    });

    public static IReadOnlyList<BodyModel> All => Bodies.Value;

    public static IEnumerable<TheoryDataRow<string>> SpecNames() => GarmentSpecs.All.Select(s => new TheoryDataRow<string>(s.Name));

    public static GarmentSpec Spec(string name) => GarmentSpecs.All.Single(s => s.Name == name);

    /// <summary>What a tape reads around the garment at a height: the hull of where the plane cuts the panels (cm).</summary>
    public static double GirthCm(GarmentModel garment, float y, Func<Vector3, bool>? keep = null, params string[] panels)
    {
        var points = new List<Vector2>();
        foreach (var panel in garment.Panels.Where(p => panels.Length == 0 || panels.Contains(p.Name)))
        {
            var positions = panel.Mesh.Positions;
            var indices = panel.Mesh.Indices;
            for (var t = 0; t < indices.Length; t += 3)
            {
                for (var k = 0; k < 3; k++)
                {
                    var (p, q) = (positions[indices[t + k]], positions[indices[t + (k + 1) % 3]]);
                    if ((p.Y < y) == (q.Y < y))
                        continue;
                    var at = Vector3.Lerp(p, q, (y - p.Y) / (q.Y - p.Y));
                    if (keep is null || keep(at))
                        points.Add(new Vector2(at.X, at.Z));
                }
            }
        }
        return 100 * ConvexHull.Perimeter(points);
    }

    public static double BodyGirthCm(BodyModel body, Measurement girth) => BodyTape.Measure(new MeshProbe(body.Mesh), body.Skeleton, girth);

    public static IEnumerable<Vector3> Vertices(GarmentModel garment) => garment.Panels.SelectMany(p => p.Mesh.Positions.ToArray());

    public static float Lowest(GarmentModel garment, params string[] panels) =>
        garment.Panels.Where(p => panels.Length == 0 || panels.Contains(p.Name)).SelectMany(p => p.Mesh.Positions.ToArray()).Min(p => p.Y);

    public static TriangleMesh Panel(GarmentModel garment, string name) => garment.Panel(name).Mesh;
}
