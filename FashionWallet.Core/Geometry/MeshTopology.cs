using System.Numerics;

namespace FashionWallet.Geometry;

/// <summary>
/// What a mesh is topologically, after welding vertices with identical positions (texture seams duplicate them):
/// holes, non-manifold edges and vertices, flipped neighbours, degenerate triangles, components, Euler characteristic.
/// </summary>
public sealed record MeshTopologyReport(
    int Vertices,
    int Edges,
    int Faces,
    int BoundaryEdges,
    int NonManifoldEdges,
    int InconsistentlyOrientedEdges,
    int NonManifoldVertices,
    int DegenerateTriangles,
    int Components)
{
    public int EulerCharacteristic => Vertices - Edges + Faces;

    /// <summary>Watertight, every edge between exactly two triangles, every vertex one fan, all neighbours agreeing.</summary>
    public bool IsClosedOrientedManifold =>
        BoundaryEdges == 0 && NonManifoldEdges == 0 && InconsistentlyOrientedEdges == 0 && NonManifoldVertices == 0;

    /// <summary>Handles of a closed, connected, orientable surface: 0 for a sphere, 1 for a torus.</summary>
    public int Genus => (2 - EulerCharacteristic) / 2;

    public override string ToString() =>
        $"V={Vertices} E={Edges} F={Faces} chi={EulerCharacteristic} boundary={BoundaryEdges} non-manifold edges={NonManifoldEdges} " +
        $"flipped={InconsistentlyOrientedEdges} non-manifold vertices={NonManifoldVertices} degenerate={DegenerateTriangles} components={Components}";
}

public static class MeshTopology
{
    /// <param name="minimumArea">Triangles smaller than this (square metres) count as degenerate.</param>
    public static MeshTopologyReport Analyse(ReadOnlySpan<Vector3> positions, ReadOnlySpan<int> indices, double minimumArea = 1e-12)
    {
        var welded = Weld(positions, out var vertexCount);
        var faces = indices.Length / 3;
        var directed = new Dictionary<(int From, int To), int>(indices.Length);
        var degenerate = 0;
        for (var t = 0; t < faces; t++)
        {
            var (a, b, c) = (welded[indices[3 * t]], welded[indices[3 * t + 1]], welded[indices[3 * t + 2]]);
            var area = MeshMeasures.TriangleArea(positions[indices[3 * t]], positions[indices[3 * t + 1]], positions[indices[3 * t + 2]]);
            if (a == b || b == c || c == a || area < minimumArea)
                degenerate++;
            foreach (var edge in new[] { (a, b), (b, c), (c, a) })
                directed[edge] = directed.GetValueOrDefault(edge) + 1;
        }

        int edges = 0, boundary = 0, nonManifold = 0, flipped = 0;
        foreach (var ((from, to), count) in directed)
        {
            var reverse = directed.GetValueOrDefault((to, from));
            if (from > to && reverse > 0)
                continue; // counted from the other direction
            edges++;
            var uses = count + reverse;
            if (uses == 1)
                boundary++;
            else if (uses > 2)
                nonManifold++;
            else if (count != 1 || reverse != 1)
                flipped++;
        }

        return new MeshTopologyReport(vertexCount, edges, faces, boundary, nonManifold, flipped,
            CountNonManifoldVertices(welded, indices, vertexCount), degenerate, CountComponents(welded, indices, vertexCount));
    }

    public static MeshTopologyReport Analyse(TriangleMesh mesh, double minimumArea = 1e-12) => Analyse(mesh.Positions, mesh.Indices, minimumArea);

    public static MeshTopologyReport Analyse(IndexedMesh mesh, double minimumArea = 1e-12) => Analyse(mesh.Positions, mesh.Indices, minimumArea);

    private static int[] Weld(ReadOnlySpan<Vector3> positions, out int count)
    {
        var ids = new Dictionary<Vector3, int>(positions.Length);
        var welded = new int[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            if (!ids.TryGetValue(positions[i], out welded[i]))
                ids.Add(positions[i], welded[i] = ids.Count);
        }
        count = ids.Count;
        return welded;
    }

    /// <summary>A vertex is manifold when the far edges of its triangles chain into exactly one cycle (one fan).</summary>
    private static int CountNonManifoldVertices(int[] welded, ReadOnlySpan<int> indices, int vertexCount)
    {
        var links = new List<(int From, int To)>[vertexCount];
        for (var t = 0; t < indices.Length; t += 3)
        {
            for (var k = 0; k < 3; k++)
            {
                var v = welded[indices[t + k]];
                (links[v] ??= []).Add((welded[indices[t + (k + 1) % 3]], welded[indices[t + (k + 2) % 3]]));
            }
        }

        var count = 0;
        foreach (var link in links)
        {
            if (link is null)
                continue;
            var next = new Dictionary<int, int>(link.Count);
            var manifold = true;
            foreach (var (from, to) in link)
                manifold &= next.TryAdd(from, to);
            if (manifold)
            {
                var steps = 0;
                var at = link[0].From;
                do
                {
                    if (!next.TryGetValue(at, out at))
                        break;
                    steps++;
                }
                while (at != link[0].From && steps <= link.Count);
                manifold = at == link[0].From && steps == link.Count;
            }
            if (!manifold)
                count++;
        }
        return count;
    }

    private static int CountComponents(int[] welded, ReadOnlySpan<int> indices, int vertexCount)
    {
        var parent = Enumerable.Range(0, vertexCount).ToArray();
        int Find(int v)
        {
            while (parent[v] != v)
                v = parent[v] = parent[parent[v]];
            return v;
        }
        for (var t = 0; t < indices.Length; t += 3)
        {
            var root = Find(welded[indices[t]]);
            parent[Find(welded[indices[t + 1]])] = root;
            parent[Find(welded[indices[t + 2]])] = root;
        }
        var used = new bool[vertexCount];
        foreach (var index in indices)
            used[welded[index]] = true;
        var components = 0;
        for (var v = 0; v < vertexCount; v++)
        {
            if (used[v] && Find(v) == v)
                components++;
        }
        return components;
    }
}
