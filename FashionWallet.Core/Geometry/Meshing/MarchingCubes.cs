using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Polygonises an implicit surface on a regular grid. The field is only sampled in blocks of cells that its value
/// and Lipschitz bound do not rule out; ambiguous faces are resolved by the asymptotic decider, so neighbouring
/// cells always agree and the output is a closed, oriented 2-manifold (given a surface strictly inside the bounds).
/// </summary>
public static class MarchingCubes
{
    // Crossings are kept off the grid corners so that no two vertices coincide; later projection restores accuracy.
    private const float CrossingMargin = 0.02f;

    public static IndexedMesh Polygonise(ImplicitSurface surface, float cellSize)
    {
        var grid = SampledGrid.Create(surface, cellSize);
        return Extract(grid);
    }

    private static IndexedMesh Extract(SampledGrid grid)
    {
        var positions = new List<Vector3>(1 << 14);
        var indices = new List<int>(1 << 16);
        var edgeVertices = new EdgeVertexMap(1 << 15);
        Span<float> values = stackalloc float[8];
        Span<int> loopVertices = stackalloc int[12];

        var block = grid.BlockCells;
        foreach (var (bx, by, bz) in grid.NearBlocks())
        {
            for (var z = bz * block; z < Math.Min(bz * block + block, grid.Cells.Z); z++)
            for (var y = by * block; y < Math.Min(by * block + block, grid.Cells.Y); y++)
            for (var x = bx * block; x < Math.Min(bx * block + block, grid.Cells.X); x++)
            {
                var inside = 0;
                for (var c = 0; c < 8; c++)
                {
                    values[c] = grid.Value(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1));
                    if (values[c] < 0)
                        inside |= 1 << c;
                }
                if (inside is 0 or 255)
                    continue;

                var connected = 0;
                var ambiguous = CubeTopology.AmbiguousFaceMask(inside);
                for (var f = 0; ambiguous != 0 && f < 6; f++)
                {
                    if ((ambiguous & (1 << f)) != 0 && InsideCornersConnect(values, CubeTopology.FaceCorners[f]))
                        connected |= 1 << f;
                }

                foreach (var polygon in CubeTopology.PolygonsFor(inside, connected))
                {
                    var count = polygon.Edges.Length;
                    for (var k = 0; k < count; k++)
                        loopVertices[k] = EdgeVertex(grid, x, y, z, polygon.Edges[k], values, positions, edgeVertices);
                    Triangulate(loopVertices[..count], polygon.FanApexMask, positions, indices);
                }
            }
        }
        return new IndexedMesh([.. positions], [.. indices]);
    }

    /// <summary>The asymptotic decider: the bilinear interpolant's saddle decides whether the diagonal inside corners meet.</summary>
    private static bool InsideCornersConnect(ReadOnlySpan<float> values, int[] face)
    {
        var (a, b, c, d) = (values[face[0]], values[face[1]], values[face[2]], values[face[3]]);
        var denominator = a + c - b - d;
        if (denominator == 0)
            return false;
        var saddle = (a * c - b * d) / denominator;
        return saddle < 0;
    }

    private static int EdgeVertex(SampledGrid grid, int x, int y, int z, int edge, ReadOnlySpan<float> values, List<Vector3> positions, EdgeVertexMap edgeVertices)
    {
        var (from, to, axis) = CubeTopology.Edges[edge];
        var (fx, fy, fz) = (x + (from & 1), y + ((from >> 1) & 1), z + ((from >> 2) & 1));
        var key = grid.PointIndex(fx, fy, fz) * 3 + axis;
        var vertex = edgeVertices.Find(key);
        if (vertex >= 0)
            return vertex;

        var t = Math.Clamp(values[from] / (values[from] - values[to]), CrossingMargin, 1 - CrossingMargin);
        var position = grid.PointPosition(fx, fy, fz);
        position += t * grid.CellSize * (axis switch { 0 => Vector3.UnitX, 1 => Vector3.UnitY, _ => Vector3.UnitZ });
        positions.Add(position);
        edgeVertices.Add(key, positions.Count - 1);
        return positions.Count - 1;
    }

    /// <summary>
    /// A fan from the allowed apex with the shortest diagonals; a loop without an allowed apex gets a centre vertex.
    /// Loops run clockwise seen from outside, so triangles take their corners in reverse order.
    /// </summary>
    private static void Triangulate(ReadOnlySpan<int> loop, int apexMask, List<Vector3> positions, List<int> indices)
    {
        var count = loop.Length;
        var best = -1;
        var bestLength = float.MaxValue;
        for (var apex = 0; apex < count; apex++)
        {
            if ((apexMask & (1 << apex)) == 0)
                continue;
            var length = 0f;
            for (var k = 2; k < count - 1; k++)
                length += Vector3.Distance(positions[loop[apex]], positions[loop[(apex + k) % count]]);
            if (length < bestLength)
                (best, bestLength) = (apex, length);
        }

        if (best >= 0)
        {
            for (var k = 1; k < count - 1; k++)
                AddTriangle(indices, loop[best], loop[(best + k + 1) % count], loop[(best + k) % count]);
            return;
        }

        var centre = Vector3.Zero;
        foreach (var vertex in loop)
            centre += positions[vertex];
        positions.Add(centre / count);
        var middle = positions.Count - 1;
        for (var k = 0; k < count; k++)
            AddTriangle(indices, middle, loop[(k + 1) % count], loop[k]);
    }

    private static void AddTriangle(List<int> indices, int a, int b, int c)
    {
        indices.Add(a);
        indices.Add(b);
        indices.Add(c);
    }
}
