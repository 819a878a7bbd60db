using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Field values on a regular grid around a surface, sampled only in blocks that may hold the surface: a block whose
/// centre value exceeds the Lipschitz bound times its half-diagonal cannot contain a zero. Blocks are small enough
/// for that bound to stay within the field's trusted band.
/// </summary>
internal sealed class SampledGrid
{
    private readonly float[] _values;
    private readonly bool[] _nearBlocks;
    private readonly (int X, int Y, int Z) _blocks;

    private SampledGrid(Vector3 origin, float cellSize, (int X, int Y, int Z) cells, int blockCells)
    {
        (Origin, CellSize, Cells, BlockCells) = (origin, cellSize, cells, blockCells);
        _blocks = (Blocks(cells.X + 1), Blocks(cells.Y + 1), Blocks(cells.Z + 1));
        _values = new float[(cells.X + 1) * (cells.Y + 1) * (cells.Z + 1)];
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
        var blockCells = Math.Clamp((int)(ImplicitSurface.TrustedBand / (surface.Lipschitz * cellSize * MathF.Sqrt(3) / 2)), 1, 4);
        var grid = new SampledGrid(bounds.Min, cellSize, ((int)MathF.Ceiling(counts.X), (int)MathF.Ceiling(counts.Y), (int)MathF.Ceiling(counts.Z)), blockCells);
        grid.FindNearBlocks(surface);
        grid.Sample(surface);
        return grid;
    }

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
        var halfDiagonal = 0.5f * BlockCells * CellSize * MathF.Sqrt(3);
        var reach = surface.Lipschitz * halfDiagonal;
        Parallel.For(0, _blocks.Z, z =>
        {
            for (var y = 0; y < _blocks.Y; y++)
            for (var x = 0; x < _blocks.X; x++)
            {
                var centre = Origin + (new Vector3(x, y, z) + new Vector3(0.5f)) * (BlockCells * CellSize);
                _nearBlocks[BlockIndex(x, y, z)] = MathF.Abs(surface.Evaluate(centre)) <= reach;
            }
        });
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
