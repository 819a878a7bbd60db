using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Polygonises an implicit surface on a regular grid. The field is only sampled in blocks of cells that its value
/// and Lipschitz bound do not rule out; ambiguous faces are resolved by the asymptotic decider, so neighbouring
/// cells always agree and the output is a closed, oriented 2-manifold (given a surface strictly inside the bounds).
/// Slabs of blocks are extracted in parallel and stitched.
/// </summary>
public static class MarchingCubes
{
    // Fixed, so that the output does not depend on the machine's cores.
    private const int Slabs = 4;

    public static IndexedMesh Polygonise(ImplicitSurface surface, float cellSize)
    {
        using var grid = SampledGrid.Create(surface, cellSize);
        return Extract(grid);
    }

    private static IndexedMesh Extract(SampledGrid grid)
    {
        var blocks = grid.NearBlocks().ToArray();
        var slabs = new (int Start, int End)[Slabs];
        for (var i = 0; i < Slabs; i++)
            slabs[i] = (SlabBoundary(blocks, i), SlabBoundary(blocks, i + 1));
        // About one vertex for every two cells on a near block's face.
        var expectedVertices = blocks.Length * grid.BlockCells * grid.BlockCells / (2 * Slabs);
        var extractors = slabs.Select(_ => new SlabExtractor(grid, expectedVertices)).ToArray();
        Parallel.For(0, Slabs, i => extractors[i].Extract(blocks.AsSpan(slabs[i].Start, slabs[i].End - slabs[i].Start)));
        return Stitch(grid, blocks, slabs, extractors);
    }

    /// <summary>Slabs split the near blocks (in z order) into equal runs, at whole block layers.</summary>
    private static int SlabBoundary((int X, int Y, int Z)[] blocks, int slab)
    {
        var at = blocks.Length * slab / Slabs;
        while (at > 0 && at < blocks.Length && blocks[at].Z == blocks[at - 1].Z)
            at++;
        return at;
    }

    /// <summary>
    /// Concatenates the slabs. A vertex on a grid edge in the plane two neighbouring slabs share may have been
    /// made by both: the later slab's copy becomes the earlier one's.
    /// </summary>
    private static IndexedMesh Stitch(SampledGrid grid, (int X, int Y, int Z)[] blocks, (int Start, int End)[] slabs, SlabExtractor[] extractors)
    {
        var positions = new List<Vector3>(extractors.Sum(e => e.Positions.Count));
        var indices = new List<int>(extractors.Sum(e => e.Indices.Count));
        var pointsPerLayer = (long)(grid.Cells.X + 1) * (grid.Cells.Y + 1);
        (SlabExtractor Slab, int[] Remap)? previous = null;
        for (var i = 0; i < extractors.Length; i++)
        {
            if (slabs[i].Start == slabs[i].End)
                continue;
            var slab = extractors[i];
            var sharedLayer = (long)blocks[slabs[i].Start].Z * grid.BlockCells;
            var remap = new int[slab.Positions.Count];
            for (var v = 0; v < remap.Length; v++)
            {
                var key = slab.EdgeKeys[v];
                var onSharedPlane = key >= 0 && key % 3 != 2 && key / 3 / pointsPerLayer == sharedLayer;
                var earlier = onSharedPlane && previous is { } before ? before.Slab.VertexOn(key) : -1;
                if (earlier >= 0)
                {
                    remap[v] = previous!.Value.Remap[earlier];
                    continue;
                }
                remap[v] = positions.Count;
                positions.Add(slab.Positions[v]);
            }
            foreach (var index in slab.Indices)
                indices.Add(remap[index]);
            previous = (slab, remap);
        }
        return new IndexedMesh([.. positions], [.. indices]);
    }
}
