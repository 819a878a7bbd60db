using System.Numerics;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// The body as one implicit surface: torso, trapezius, neck and head, arms and legs blended with smooth minima,
/// the soles flattened on the floor. For meshing, a grid can remember which parts can matter near each cell, so a
/// point costs only the parts around it; a few probes (calibration) are cheaper without building it.
/// </summary>
internal sealed class BodyField : ImplicitSurface
{
    private const float CellSize = 0.025f;
    private const float Far = 1e3f;

    private readonly BodyParts _parts;
    private readonly float _skipBeyond;
    private readonly Vector3 _gridOrigin;
    private readonly (int X, int Y, int Z) _gridCells;
    private readonly byte[] _partMasks = [];

    public BodyField(BodyParts parts, bool withPartGrid)
    {
        _parts = parts;
        var torso = parts.Torso.Bounds;
        Bounds = new[]
        {
            parts.LeftTrapezius.Bounds, parts.RightTrapezius.Bounds, parts.Neck.Bounds, parts.Cranium.Bounds, parts.Face.Bounds,
            LimbBounds(parts.LeftArm), LimbBounds(parts.RightArm), LimbBounds(parts.LeftLeg), LimbBounds(parts.RightLeg),
        }.Aggregate(torso, (all, b) => all.Union(b));
        Bounds = Bounds with { Min = Bounds.Min with { Y = 0 } };

        // A part left out changes nothing within the trusted band if it is at least this far away: folding it in
        // could lower a value by a quarter blend, and a later part take over within one blend.
        _skipBeyond = TrustedBand + 2.25f * parts.Blends.Largest;
        if (!withPartGrid)
            return;
        var grid = Bounds.Expand(CellSize);
        _gridOrigin = grid.Min;
        var counts = grid.Size / CellSize;
        _gridCells = ((int)MathF.Ceiling(counts.X), (int)MathF.Ceiling(counts.Y), (int)MathF.Ceiling(counts.Z));
        _partMasks = new byte[_gridCells.X * _gridCells.Y * _gridCells.Z];
        FillPartMasks();
    }

    public override Bounds3 Bounds { get; }

    /// <summary>Radial sections and tapering profiles steepen the field a little beyond the true distance's 1.</summary>
    public override float Lipschitz => 1.5f;

    public BodyParts Parts => _parts;

    /// <summary>The parts folded in a fixed order; a part the grid leaves out would not change the value near the surface.</summary>
    public override float Evaluate(Vector3 point)
    {
        var mask = MaskAt(point);
        var blends = _parts.Blends;
        var body = (mask & 1) != 0 ? _parts.Torso.Distance(point) : Far;
        if ((mask & 2) != 0)
            body = SmoothBlend.Min(body, _parts.LeftTrapezius.Distance(point), blends.Trapezius);
        if ((mask & 4) != 0)
            body = SmoothBlend.Min(body, _parts.RightTrapezius.Distance(point), blends.Trapezius);
        if ((mask & 8) != 0)
            body = SmoothBlend.Min(body, HeadDistance(point), blends.Neck);
        if ((mask & 16) != 0)
            body = SmoothBlend.Min(body, _parts.LeftArm.Distance(point), blends.Arm);
        if ((mask & 32) != 0)
            body = SmoothBlend.Min(body, _parts.RightArm.Distance(point), blends.Arm);
        if ((mask & 192) != 0)
        {
            var legs = MathF.Min((mask & 64) != 0 ? _parts.LeftLeg.Distance(point) : Far, (mask & 128) != 0 ? _parts.RightLeg.Distance(point) : Far);
            body = SmoothBlend.Min(body, legs, blends.Legs);
        }
        return SmoothBlend.Max(body, -point.Y, blends.Floor);
    }

    /// <summary>Which part the point is closest to: the torso (0), trapezius (1, 2), head (3), arms (4, 5) or legs (6, 7).</summary>
    public int NearestPart(Vector3 point)
    {
        var mask = MaskAt(point);
        var (best, bestValue) = (0, float.MaxValue);
        for (var part = 0; part < PartCount; part++)
        {
            if ((mask & (1 << part)) == 0)
                continue;
            var value = PartDistance(part, point);
            if (value < bestValue)
                (best, bestValue) = (part, value);
        }
        return best;
    }

    public const int PartCount = 8;

    private byte MaskAt(Vector3 point)
    {
        var cell = (point - _gridOrigin) / CellSize;
        var (x, y, z) = ((int)MathF.Floor(cell.X), (int)MathF.Floor(cell.Y), (int)MathF.Floor(cell.Z));
        if (_partMasks.Length == 0 || (uint)x >= (uint)_gridCells.X || (uint)y >= (uint)_gridCells.Y || (uint)z >= (uint)_gridCells.Z)
            return byte.MaxValue;
        return _partMasks[(z * _gridCells.Y + y) * _gridCells.X + x];
    }

    private float PartDistance(int part, Vector3 point) => part switch
    {
        0 => _parts.Torso.Distance(point),
        1 => _parts.LeftTrapezius.Distance(point),
        2 => _parts.RightTrapezius.Distance(point),
        3 => HeadDistance(point),
        4 => _parts.LeftArm.Distance(point),
        5 => _parts.RightArm.Distance(point),
        6 => _parts.LeftLeg.Distance(point),
        _ => _parts.RightLeg.Distance(point),
    };

    private float HeadDistance(Vector3 point) => SmoothBlend.Min(_parts.Neck.Distance(point),
        SmoothBlend.Min(_parts.Cranium.Distance(point), _parts.Face.Distance(point), _parts.Blends.HeadParts), _parts.Blends.HeadToNeck);

    /// <summary>
    /// Per cell, the parts whose value at the centre, less what it can change within the cell, is not beyond
    /// <see cref="_skipBeyond"/>. Blocks of cells first rule out parts far from the whole block.
    /// </summary>
    private void FillPartMasks()
    {
        const int block = 4;
        var cellReach = Lipschitz * 0.5f * CellSize * MathF.Sqrt(3);
        var blockReach = Lipschitz * 0.5f * block * CellSize * MathF.Sqrt(3);
        var blocks = ((_gridCells.X + block - 1) / block, (_gridCells.Y + block - 1) / block, (_gridCells.Z + block - 1) / block);
        Parallel.For(0, blocks.Item3, bz =>
        {
            for (var by = 0; by < blocks.Item2; by++)
            for (var bx = 0; bx < blocks.Item1; bx++)
            {
                var blockCentre = _gridOrigin + new Vector3(bx + 0.5f, by + 0.5f, bz + 0.5f) * (block * CellSize);
                for (var part = 0; part < PartCount; part++)
                {
                    if (PartDistance(part, blockCentre) - blockReach >= _skipBeyond)
                        continue;
                    for (var z = bz * block; z < Math.Min((bz + 1) * block, _gridCells.Z); z++)
                    for (var y = by * block; y < Math.Min((by + 1) * block, _gridCells.Y); y++)
                    for (var x = bx * block; x < Math.Min((bx + 1) * block, _gridCells.X); x++)
                    {
                        var centre = _gridOrigin + (new Vector3(x, y, z) + new Vector3(0.5f)) * CellSize;
                        if (PartDistance(part, centre) - cellReach < _skipBeyond)
                            _partMasks[(z * _gridCells.Y + y) * _gridCells.X + x] |= (byte)(1 << part);
                    }
                }
            }
        });
    }

    private static Bounds3 LimbBounds(Limb limb) => limb.Upper.Bounds.Union(limb.Lower.Bounds).Union(limb.End.Bounds);
}
