using System.Buffers;
using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Field values on a regular grid around a surface, sampled only in blocks that may hold the surface: a block whose
/// centre value exceeds the Lipschitz bound times its half-diagonal cannot contain a zero. Blocks are tested
/// coarse to fine (pairs of blocks per side first), with the coarse test kept within the field's trusted band.
/// </summary>
internal sealed class SampledGrid : IDisposable
{
    private readonly float[] _values;
    private readonly bool[] _nearBlocks;
    private readonly (int X, int Y, int Z) _blocks;

    private readonly float _trustedCells;

    private SampledGrid(Vector3 origin, float cellSize, (int X, int Y, int Z) cells, float trustedCells)
    {
        (Origin, CellSize, Cells, _trustedCells) = (origin, cellSize, cells, trustedCells);
        BlockCells = trustedCells >= 4 ? 2 : 1;
        _blocks = (Blocks(cells.X + 1), Blocks(cells.Y + 1), Blocks(cells.Z + 1));
        // Megabytes, and only the sampled points are ever read: a pooled array spares the large object heap.
        _values = ArrayPool<float>.Shared.Rent((cells.X + 1) * (cells.Y + 1) * (cells.Z + 1));
        _nearBlocks = new bool[_blocks.X * _blocks.Y * _blocks.Z];
    }

    public Vector3 Origin { get; }

    public float CellSize { get; }

    public (int X, int Y, int Z) Cells { get; }

    /// <summary>Cells along each side of a block.</summary>
    public int BlockCells { get; }

    public static SampledGrid Create(ImplicitSurface surface, float cellSize)
    {
        if (!(cellSize > 0))
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, "The cell size must be positive.");
        // A margin of more than a cell keeps every grid boundary outside, so the surface closes.
        var bounds = surface.Bounds.Expand(1.5f * cellSize);
        var counts = bounds.Size / cellSize;
        // The widest block whose centre value still lies within the trusted band of every point in it.
        var trustedCells = ImplicitSurface.TrustedBand / (surface.Lipschitz * cellSize * MathF.Sqrt(3) / 2);
        var grid = new SampledGrid(bounds.Min, cellSize, ((int)MathF.Ceiling(counts.X), (int)MathF.Ceiling(counts.Y), (int)MathF.Ceiling(counts.Z)), trustedCells);
        grid.FindNearBlocks(surface);
        grid.Sample(surface);
        return grid;
    }

    /// <summary>How many blocks may hold the surface: a measure of its area, for sizing outputs.</summary>
    public int NearBlockCount => _nearBlocks.Count(near => near);

    public void Dispose() => ArrayPool<float>.Shared.Return(_values);

    public long PointIndex(int x, int y, int z) => ((long)z * (Cells.Y + 1) + y) * (Cells.X + 1) + x;

    public float Value(int x, int y, int z) => _values[PointIndex(x, y, z)];

    public Vector3 PointPosition(int x, int y, int z) => Origin + new Vector3(x, y, z) * CellSize;

    /// <summary>Blocks that may hold the surface, in a fixed order.</summary>
    public IEnumerable<(int X, int Y, int Z)> NearBlocks()
    {
        for (var z = 0; z < _blocks.Z; z++)
        for (var y = 0; y < _blocks.Y; y++)
        for (var x = 0; x < _blocks.X; x++)
        {
            if (_nearBlocks[BlockIndex(x, y, z)])
                yield return (x, y, z);
        }
    }

    private int Blocks(int points) => (points + BlockCells - 1) / BlockCells;

    private int BlockIndex(int x, int y, int z) => (z * _blocks.Y + y) * _blocks.X + x;

    private void FindNearBlocks(ImplicitSurface surface)
    {
        var coarse = (X: (_blocks.X + 1) / 2, Y: (_blocks.Y + 1) / 2, Z: (_blocks.Z + 1) / 2);
        var nearCoarse = new bool[coarse.X * coarse.Y * coarse.Z];
        Parallel.For(0, coarse.Z, z =>
        {
            for (var y = 0; y < coarse.Y; y++)
            for (var x = 0; x < coarse.X; x++)
                nearCoarse[(z * coarse.Y + y) * coarse.X + x] = MayHoldSurface(surface, new Vector3(x, y, z), 2 * BlockCells);
        });
        Parallel.For(0, _blocks.Z, z =>
        {
            for (var y = 0; y < _blocks.Y; y++)
            for (var x = 0; x < _blocks.X; x++)
            {
                if (nearCoarse[(z / 2 * coarse.Y + y / 2) * coarse.X + x / 2])
                    _nearBlocks[BlockIndex(x, y, z)] = MayHoldSurface(surface, new Vector3(x, y, z), BlockCells);
            }
        });
    }

    /// <summary>Blocks too wide for the trusted band are always sampled: their centre value proves nothing.</summary>
    private bool MayHoldSurface(ImplicitSurface surface, Vector3 block, int cells)
    {
        if (cells > _trustedCells)
            return true;
        var centre = Origin + (block + new Vector3(0.5f)) * (cells * CellSize);
        return MathF.Abs(surface.Evaluate(centre)) <= surface.Lipschitz * 0.5f * cells * CellSize * MathF.Sqrt(3);
    }

    /// <summary>
    /// Each point a near block's cells use is sampled once: by the near block that owns it (its lower corner's
    /// block), or else by the near block below it along some axis.
    /// </summary>
    private void Sample(ImplicitSurface surface)
    {
        var block = BlockCells;
        Parallel.For(0, _blocks.Z, bz =>
        {
            for (var by = 0; by < _blocks.Y; by++)
            for (var bx = 0; bx < _blocks.X; bx++)
            {
                if (!_nearBlocks[BlockIndex(bx, by, bz)])
                    continue;
                for (var z = bz * block; z <= Math.Min((bz + 1) * block, Cells.Z); z++)
                for (var y = by * block; y <= Math.Min((by + 1) * block, Cells.Y); y++)
                for (var x = bx * block; x <= Math.Min((bx + 1) * block, Cells.X); x++)
                {
                    if (SamplingBlock(x, y, z) == (bx, by, bz))
                        _values[PointIndex(x, y, z)] = surface.Evaluate(PointPosition(x, y, z));
                }
            }
        });
    }

    /// <summary>The first near block, in a fixed order, among those whose cells use the point.</summary>
    private (int X, int Y, int Z) SamplingBlock(int x, int y, int z)
    {
        var (ox, oy, oz) = (x / BlockCells, y / BlockCells, z / BlockCells);
        for (var dz = 0; dz <= (oz > 0 && z % BlockCells == 0 ? 1 : 0); dz++)
        for (var dy = 0; dy <= (oy > 0 && y % BlockCells == 0 ? 1 : 0); dy++)
        for (var dx = 0; dx <= (ox > 0 && x % BlockCells == 0 ? 1 : 0); dx++)
        {
            if (ox - dx < _blocks.X && oy - dy < _blocks.Y && oz - dz < _blocks.Z && _nearBlocks[BlockIndex(ox - dx, oy - dy, oz - dz)])
                return (ox - dx, oy - dy, oz - dz);
        }
        return (-1, -1, -1);
    }
}
