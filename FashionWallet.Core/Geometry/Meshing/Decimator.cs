using System.Numerics;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Reduces a closed manifold mesh to a triangle budget by quadric-error half-edge collapses: a vertex merges into a
/// neighbour, so every kept vertex keeps its exact position (on the surface it was fitted to). Collapses that would
/// break the link condition (change the topology), flip a triangle or create a sliver are refused.
/// </summary>
public static class Decimator
{
    private const float MinimumNormalAgreement = 0.3f;
    private const float MinimumQuality = 0.1f;

    /// <returns>The reduced mesh, and for each of its vertices the index of the same vertex in the input.</returns>
    public static (IndexedMesh Mesh, int[] SourceVertices) Decimate(IndexedMesh mesh, int targetTriangles)
    {
        var state = new CollapseState(mesh);
        state.Run(targetTriangles);
        return state.Compact();
    }

    private sealed class CollapseState
    {
        private readonly Vector3[] _positions;
        private readonly int[] _triangles;
        private readonly bool[] _triangleAlive;
        private readonly List<int>[] _vertexTriangles;
        private readonly Quadric[] _quadrics;
        private readonly int[] _versions;
        private readonly PriorityQueue<(int From, int To, int FromVersion, int ToVersion), (double Cost, long Order)> _queue = new();
        private readonly List<int> _fromNeighbours = new(16);
        private readonly List<int> _toNeighbours = new(16);
        private long _order;
        private int _aliveTriangles;

        public CollapseState(IndexedMesh mesh)
        {
            _positions = mesh.Positions;
            _triangles = (int[])mesh.Indices.Clone();
            _aliveTriangles = _triangles.Length / 3;
            _triangleAlive = Enumerable.Repeat(true, _aliveTriangles).ToArray();
            _vertexTriangles = new List<int>[_positions.Length];
            _quadrics = new Quadric[_positions.Length];
            _versions = new int[_positions.Length];
            for (var v = 0; v < _positions.Length; v++)
                _vertexTriangles[v] = new List<int>(8);
            for (var t = 0; t < _aliveTriangles; t++)
            {
                var (a, b, c) = Corners(t);
                var cross = Vector3.Cross(_positions[b] - _positions[a], _positions[c] - _positions[a]);
                var area = cross.Length() / 2;
                var plane = area > 0 ? Quadric.FromPlane(cross / (2 * area), _positions[a], area) : default;
                foreach (var v in (ReadOnlySpan<int>)[a, b, c])
                {
                    _vertexTriangles[v].Add(t);
                    _quadrics[v].Add(plane);
                }
            }
        }

        /// <summary>
        /// Collapses the cheapest allowed edge until the budget is met. A refused collapse may become allowed once
        /// its neighbourhood changes, so an exhausted queue is refilled as long as the previous pass made progress.
        /// </summary>
        public void Run(int targetTriangles)
        {
            var before = int.MaxValue;
            while (_aliveTriangles > targetTriangles && _aliveTriangles < before)
            {
                before = _aliveTriangles;
                EnqueueAllEdges();
                while (_aliveTriangles > targetTriangles && _queue.TryDequeue(out var candidate, out _))
                {
                    var (from, to) = (candidate.From, candidate.To);
                    if (_versions[from] != candidate.FromVersion || _versions[to] != candidate.ToVersion)
                        continue;
                    if (CanCollapse(from, to))
                        Collapse(from, to);
                    else if (CanCollapse(to, from))
                        Collapse(to, from);
                }
            }
        }

        private void EnqueueAllEdges()
        {
            _queue.Clear();
            for (var t = 0; t < _triangleAlive.Length; t++)
            {
                if (!_triangleAlive[t])
                    continue;
                var (a, b, c) = Corners(t);
                // Each undirected edge once: from the triangle where it runs from the smaller index.
                foreach (var (from, to) in (ReadOnlySpan<(int, int)>)[(a, b), (b, c), (c, a)])
                {
                    if (from < to)
                        Enqueue(from, to);
                }
            }
        }

        public (IndexedMesh Mesh, int[] SourceVertices) Compact()
        {
            var newIndex = Enumerable.Repeat(-1, _positions.Length).ToArray();
            var positions = new List<Vector3>();
            var sources = new List<int>();
            var indices = new List<int>(_aliveTriangles * 3);
            for (var t = 0; t < _triangleAlive.Length; t++)
            {
                if (!_triangleAlive[t])
                    continue;
                for (var k = 0; k < 3; k++)
                {
                    var v = _triangles[3 * t + k];
                    if (newIndex[v] < 0)
                    {
                        newIndex[v] = positions.Count;
                        positions.Add(_positions[v]);
                        sources.Add(v);
                    }
                    indices.Add(newIndex[v]);
                }
            }
            return (new IndexedMesh([.. positions], [.. indices]), [.. sources]);
        }

        private (int A, int B, int C) Corners(int t) => (_triangles[3 * t], _triangles[3 * t + 1], _triangles[3 * t + 2]);

        /// <summary>Queues an edge, to collapse in its cheaper direction (the other is tried if that one is refused).</summary>
        private void Enqueue(int a, int b)
        {
            var length = (_positions[a] - _positions[b]).LengthSquared();
            // The length term orders collapses in flat regions (zero quadric error) from the shortest edge up.
            var intoB = _quadrics[a].Error(_positions[b], _quadrics[b]);
            var intoA = _quadrics[a].Error(_positions[a], _quadrics[b]);
            var (from, to) = intoB <= intoA ? (a, b) : (b, a);
            _queue.Enqueue((from, to, _versions[from], _versions[to]), (Math.Min(intoA, intoB) + 1e-3 * length * length, _order++));
        }

        private bool CanCollapse(int from, int to)
        {
            var shared = 0;
            foreach (var t in _vertexTriangles[from])
            {
                if (Contains(t, to))
                    shared++;
            }
            if (shared != 2)
                return false;

            // Link condition: the only common neighbours are the two vertices opposite the collapsing edge.
            CollectNeighbours(from, _fromNeighbours);
            CollectNeighbours(to, _toNeighbours);
            var common = 0;
            foreach (var n in _toNeighbours)
            {
                if (_fromNeighbours.Contains(n))
                    common++;
            }
            if (common != 2)
                return false;

            // The triangles around the vertex may get no worse than the worst of them already is, nor below a floor.
            var worstBefore = 1f;
            foreach (var t in _vertexTriangles[from])
                worstBefore = MathF.Min(worstBefore, Quality(_positions[_triangles[3 * t]], _positions[_triangles[3 * t + 1]], _positions[_triangles[3 * t + 2]]));
            var floor = MathF.Min(MinimumQuality, worstBefore);
            foreach (var t in _vertexTriangles[from])
            {
                if (Contains(t, to))
                    continue;
                var (a, b, c) = Corners(t);
                var before = Vector3.Cross(_positions[b] - _positions[a], _positions[c] - _positions[a]);
                var (pa, pb, pc) = (_positions[a == from ? to : a], _positions[b == from ? to : b], _positions[c == from ? to : c]);
                if (Vector3.Dot(Vector3.Normalize(before), Vector3.Normalize(Vector3.Cross(pb - pa, pc - pa))) < MinimumNormalAgreement)
                    return false;
                if (!(Quality(pa, pb, pc) >= floor))
                    return false;
            }
            return true;
        }

        /// <summary>1 for an equilateral triangle, 0 for a degenerate one.</summary>
        private static float Quality(Vector3 a, Vector3 b, Vector3 c) =>
            2 * MathF.Sqrt(3) * Vector3.Cross(b - a, c - a).Length() / ((b - a).LengthSquared() + (c - b).LengthSquared() + (a - c).LengthSquared());

        private void Collapse(int from, int to)
        {
            foreach (var t in _vertexTriangles[from])
            {
                if (Contains(t, to))
                {
                    _triangleAlive[t] = false;
                    _aliveTriangles--;
                    for (var k = 0; k < 3; k++)
                    {
                        var v = _triangles[3 * t + k];
                        if (v != from)
                            _vertexTriangles[v].Remove(t);
                    }
                }
                else
                {
                    for (var k = 0; k < 3; k++)
                    {
                        if (_triangles[3 * t + k] == from)
                            _triangles[3 * t + k] = to;
                    }
                    _vertexTriangles[to].Add(t);
                }
            }
            _vertexTriangles[from].Clear();
            _quadrics[to].Add(_quadrics[from]);
            _versions[from]++;
            _versions[to]++;
            CollectNeighbours(to, _toNeighbours);
            foreach (var n in _toNeighbours)
                Enqueue(to, n);
        }

        private bool Contains(int t, int v) => _triangles[3 * t] == v || _triangles[3 * t + 1] == v || _triangles[3 * t + 2] == v;

        /// <summary>The vertex's neighbours, each once, in the order its triangles list them.</summary>
        private void CollectNeighbours(int v, List<int> neighbours)
        {
            neighbours.Clear();
            foreach (var t in _vertexTriangles[v])
            {
                for (var k = 0; k < 3; k++)
                {
                    var n = _triangles[3 * t + k];
                    if (n != v && !neighbours.Contains(n))
                        neighbours.Add(n);
                }
            }
        }
    }
}
