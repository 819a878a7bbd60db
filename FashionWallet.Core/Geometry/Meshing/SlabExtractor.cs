using System.Numerics;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// The surface polygons of the cells in a run of near blocks. Each vertex remembers its grid edge, so runs
/// extracted side by side can be stitched where they share a plane.
/// </summary>
internal sealed class SlabExtractor
{
    // Crossings are kept off the grid corners so that no two vertices coincide; later projection restores accuracy.
    private const float CrossingMargin = 0.02f;

    private readonly SampledGrid _grid;
    private readonly EdgeVertexMap _edgeVertices;

    public SlabExtractor(SampledGrid grid, int expectedVertices)
    {
        _grid = grid;
        _edgeVertices = new EdgeVertexMap(expectedVertices);
        Positions = new List<Vector3>(expectedVertices);
        EdgeKeys = new List<long>(expectedVertices);
        Indices = new List<int>(6 * expectedVertices);
    }

    public List<Vector3> Positions { get; }

    /// <summary>Each vertex's grid edge (point index times 3 plus axis), or -1 for a loop's centre vertex.</summary>
    public List<long> EdgeKeys { get; }

    public List<int> Indices { get; }

    public int VertexOn(long edgeKey) => _edgeVertices.Find(edgeKey);

    public void Extract(ReadOnlySpan<(int X, int Y, int Z)> blocks)
    {
        Span<float> values = stackalloc float[8];
        Span<int> loopVertices = stackalloc int[12];
        var block = _grid.BlockCells;
        foreach (var (bx, by, bz) in blocks)
        {
            for (var z = bz * block; z < Math.Min(bz * block + block, _grid.Cells.Z); z++)
            for (var y = by * block; y < Math.Min(by * block + block, _grid.Cells.Y); y++)
            for (var x = bx * block; x < Math.Min(bx * block + block, _grid.Cells.X); x++)
            {
                var inside = 0;
                for (var c = 0; c < 8; c++)
                {
                    values[c] = _grid.Value(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1));
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
                        loopVertices[k] = EdgeVertex(x, y, z, polygon.Edges[k], values);
                    Triangulate(loopVertices[..count], polygon.FanApexMask);
                }
            }
        }
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

    private int EdgeVertex(int x, int y, int z, int edge, ReadOnlySpan<float> values)
    {
        var (from, to, axis) = CubeTopology.Edges[edge];
        var (fx, fy, fz) = (x + (from & 1), y + ((from >> 1) & 1), z + ((from >> 2) & 1));
        var key = _grid.PointIndex(fx, fy, fz) * 3 + axis;
        var vertex = _edgeVertices.Find(key);
        if (vertex >= 0)
            return vertex;

        var t = Math.Clamp(values[from] / (values[from] - values[to]), CrossingMargin, 1 - CrossingMargin);
        var position = _grid.PointPosition(fx, fy, fz);
        position += t * _grid.CellSize * (axis switch { 0 => Vector3.UnitX, 1 => Vector3.UnitY, _ => Vector3.UnitZ });
        Positions.Add(position);
        EdgeKeys.Add(key);
        _edgeVertices.Add(key, Positions.Count - 1);
        return Positions.Count - 1;
    }

    /// <summary>
    /// A fan from the allowed apex with the shortest diagonals; a loop without an allowed apex gets a centre vertex.
    /// Loops run clockwise seen from outside, so triangles take their corners in reverse order.
    /// </summary>
    private void Triangulate(ReadOnlySpan<int> loop, int apexMask)
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
                length += Vector3.Distance(Positions[loop[apex]], Positions[loop[(apex + k) % count]]);
            if (length < bestLength)
                (best, bestLength) = (apex, length);
        }

        if (best >= 0)
        {
            for (var k = 1; k < count - 1; k++)
                AddTriangle(loop[best], loop[(best + k + 1) % count], loop[(best + k) % count]);
            return;
        }

        var centre = Vector3.Zero;
        foreach (var vertex in loop)
            centre += Positions[vertex];
        Positions.Add(centre / count);
        EdgeKeys.Add(-1);
        var middle = Positions.Count - 1;
        for (var k = 0; k < count; k++)
            AddTriangle(middle, loop[(k + 1) % count], loop[k]);
    }

    private void AddTriangle(int a, int b, int c)
    {
        Indices.Add(a);
        Indices.Add(b);
        Indices.Add(c);
    }
}
