namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// The surface polygons inside one grid cell, derived from first principles instead of a hand-typed table: on each
/// face, the crossing points are joined so that the inside corners lie on the left of each segment (seen from
/// outside); segments chain into closed loops. A face with two diagonal inside corners is ambiguous; the caller
/// decides (from the face's values alone, so both cells sharing it agree) whether its inside corners connect.
/// The result is watertight and manifold by construction.
/// </summary>
internal static class CubeTopology
{
    /// <summary>Corner <c>i</c> sits at (i &amp; 1, (i &gt;&gt; 1) &amp; 1, (i &gt;&gt; 2) &amp; 1) from the cell's origin.</summary>
    public static readonly (int From, int To, int Axis)[] Edges = BuildEdges();

    /// <summary>Each face's four corners, counter-clockwise seen from outside the cell.</summary>
    public static readonly int[][] FaceCorners = BuildFaces();

    private static readonly int[] EdgeBetween = BuildEdgeLookup();
    private static readonly byte[] AmbiguousFaceMasks = Enumerable.Range(0, 256).Select(c => AmbiguousFaces(c)).ToArray();
    private static readonly CellPolygon[]?[] Polygons = new CellPolygon[]?[256 * 64];

    static CubeTopology()
    {
        for (var inside = 1; inside < 255; inside++)
        {
            var ambiguous = AmbiguousFaceMasks[inside];
            for (var connected = 0; connected < 64; connected++)
            {
                if ((connected & ~ambiguous) == 0)
                    Polygons[inside * 64 + connected] = BuildPolygons(inside, connected);
            }
        }
    }

    /// <summary>Faces (bit per face) whose inside corners are diagonal: the caller resolves each.</summary>
    public static int AmbiguousFaceMask(int insideCorners) => AmbiguousFaceMasks[insideCorners];

    /// <param name="insideCorners">Bit per corner whose value is negative.</param>
    /// <param name="connectedFaces">Bit per ambiguous face whose two inside corners are joined through the face.</param>
    public static CellPolygon[] PolygonsFor(int insideCorners, int connectedFaces) => Polygons[insideCorners * 64 + connectedFaces]!;

    private static (int, int, int)[] BuildEdges()
    {
        var edges = new List<(int, int, int)>();
        for (var axis = 0; axis < 3; axis++)
        {
            for (var corner = 0; corner < 8; corner++)
            {
                if ((corner & (1 << axis)) == 0)
                    edges.Add((corner, corner | (1 << axis), axis));
            }
        }
        return [.. edges];
    }

    private static int[] BuildEdgeLookup()
    {
        var lookup = Enumerable.Repeat(-1, 64).ToArray();
        for (var e = 0; e < Edges.Length; e++)
        {
            lookup[Edges[e].From * 8 + Edges[e].To] = e;
            lookup[Edges[e].To * 8 + Edges[e].From] = e;
        }
        return lookup;
    }

    private static int[][] BuildFaces()
    {
        var faces = new int[6][];
        for (var axis = 0; axis < 3; axis++)
        {
            var (u, v) = ((axis + 1) % 3, (axis + 2) % 3);
            for (var side = 0; side < 2; side++)
            {
                // (u, v, axis) is right-handed: counter-clockwise in (u, v) is seen from the +axis side.
                (int U, int V)[] order = side == 1 ? [(0, 0), (1, 0), (1, 1), (0, 1)] : [(0, 0), (0, 1), (1, 1), (1, 0)];
                faces[axis * 2 + side] = order.Select(c => (side << axis) | (c.U << u) | (c.V << v)).ToArray();
            }
        }
        return faces;
    }

    private static byte AmbiguousFaces(int inside)
    {
        var mask = 0;
        for (var f = 0; f < 6; f++)
        {
            var c = FaceCorners[f];
            bool In(int k) => (inside & (1 << c[k])) != 0;
            if (In(0) == In(2) && In(1) == In(3) && In(0) != In(1))
                mask |= 1 << f;
        }
        return (byte)mask;
    }

    private static CellPolygon[] BuildPolygons(int inside, int connectedFaces)
    {
        var next = new Dictionary<int, int>();
        for (var f = 0; f < 6; f++)
        {
            var corners = FaceCorners[f];
            var entries = new List<int>();
            var exits = new List<int>();
            // Walk the face counter-clockwise from an inside corner so that arcs come out in order.
            var start = Enumerable.Range(0, 4).FirstOrDefault(k => (inside & (1 << corners[k])) != 0 && (inside & (1 << corners[(k + 3) % 4])) == 0, -1);
            if (start < 0)
                continue;
            for (var step = 0; step < 4; step++)
            {
                var (a, b) = (corners[(start - 1 + step + 4) % 4], corners[(start + step) % 4]);
                var (aIn, bIn) = ((inside & (1 << a)) != 0, (inside & (1 << b)) != 0);
                if (aIn != bIn)
                    (bIn ? entries : exits).Add(EdgeBetween[a * 8 + b]);
            }
            // Each arc of inside corners is closed by a segment from where it exits to where it entered.
            var joinAcross = (connectedFaces & (1 << f)) != 0;
            for (var arc = 0; arc < entries.Count; arc++)
                next.Add(exits[arc], entries[joinAcross ? (arc + 1) % entries.Count : arc]);
        }

        var polygons = new List<CellPolygon>();
        var visited = new HashSet<int>();
        foreach (var first in next.Keys.Order())
        {
            if (!visited.Add(first))
                continue;
            var loop = new List<int> { first };
            for (var edge = next[first]; edge != first; edge = next[edge])
            {
                visited.Add(edge);
                loop.Add(edge);
            }
            polygons.Add(new CellPolygon([.. loop], FanApexesWithoutSharedFaceDiagonals(loop)));
        }
        return [.. polygons];
    }

    /// <summary>
    /// Fan apexes whose diagonals never join two crossings on one cell face: the neighbouring cell might use the
    /// same pair, and an edge shared by four triangles is not manifold.
    /// </summary>
    private static int FanApexesWithoutSharedFaceDiagonals(List<int> loop)
    {
        var mask = 0;
        for (var apex = 0; apex < loop.Count; apex++)
        {
            var valid = true;
            for (var k = 2; k < loop.Count - 1 && valid; k++)
                valid = !OnCommonFace(loop[apex], loop[(apex + k) % loop.Count]);
            if (valid)
                mask |= 1 << apex;
        }
        return mask;
    }

    private static bool OnCommonFace(int edgeA, int edgeB)
    {
        int[] corners = [Edges[edgeA].From, Edges[edgeA].To, Edges[edgeB].From, Edges[edgeB].To];
        for (var axis = 0; axis < 3; axis++)
        {
            var bits = corners.Select(c => (c >> axis) & 1).Distinct().Count();
            if (bits == 1)
                return true;
        }
        return false;
    }
}

/// <summary>One closed loop of the surface inside a cell: the crossed edges in order, and the usable fan apexes.</summary>
internal sealed record CellPolygon(int[] Edges, int FanApexMask);
