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
    private static readonly BodyPart[] Parts = Enum.GetValues<BodyPart>();

    private readonly BodyShapes _shapes;
    private readonly float _skipBeyond;
    private readonly Vector3 _gridOrigin;
    private readonly (int X, int Y, int Z) _gridCells;
    private readonly byte[] _partMasks = [];

    public BodyField(BodyShapes shapes, bool withPartGrid)
    {
        _shapes = shapes;
        Bounds = new[]
        {
            shapes.LeftTrapezius.Bounds, shapes.RightTrapezius.Bounds, shapes.Neck.Bounds, shapes.Cranium.Bounds, shapes.Face.Bounds,
            LimbBounds(shapes.LeftArm), LimbBounds(shapes.RightArm), LimbBounds(shapes.LeftLeg), LimbBounds(shapes.RightLeg),
        }.Aggregate(shapes.Torso.Bounds, (all, b) => all.Union(b));
        Bounds = Bounds with { Min = Bounds.Min with { Y = 0 } };

        // A part left out changes nothing within the trusted band if it is at least this far away: folding it in
        // could lower a value by a quarter blend, and a later part take over within one blend.
        _skipBeyond = TrustedBand + 2.25f * shapes.Blends.Largest;
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

    public BodyShapes Shapes => _shapes;

    /// <summary>The parts folded in a fixed order; a part the grid leaves out would not change the value near the surface.</summary>
    public override float Evaluate(Vector3 point)
    {
        var mask = MaskAt(point);
        var blends = _shapes.Blends;
        var body = Has(mask, BodyPart.Torso) ? _shapes.Torso.Distance(point) : Far;
        if (Has(mask, BodyPart.LeftTrapezius))
            body = SmoothBlend.Min(body, _shapes.LeftTrapezius.Distance(point), blends.Trapezius);
        if (Has(mask, BodyPart.RightTrapezius))
            body = SmoothBlend.Min(body, _shapes.RightTrapezius.Distance(point), blends.Trapezius);
        if (Has(mask, BodyPart.Head))
            body = SmoothBlend.Min(body, HeadDistance(point), blends.Neck);
        if (Has(mask, BodyPart.LeftArm))
            body = SmoothBlend.Min(body, _shapes.LeftArm.Distance(point), blends.Arm);
        if (Has(mask, BodyPart.RightArm))
            body = SmoothBlend.Min(body, _shapes.RightArm.Distance(point), blends.Arm);
        if (Has(mask, BodyPart.LeftLeg) || Has(mask, BodyPart.RightLeg))
        {
            var legs = MathF.Min(Has(mask, BodyPart.LeftLeg) ? _shapes.LeftLeg.Distance(point) : Far, Has(mask, BodyPart.RightLeg) ? _shapes.RightLeg.Distance(point) : Far);
            body = SmoothBlend.Min(body, legs, blends.Legs);
        }
        return SmoothBlend.Max(body, -point.Y, blends.Floor);
    }

    /// <summary>The part whose own surface is nearest the point.</summary>
    public BodyPart NearestPart(Vector3 point)
    {
        var mask = MaskAt(point);
        var (best, bestValue) = (BodyPart.Torso, float.MaxValue);
        foreach (var part in Parts)
        {
            if (!Has(mask, part))
                continue;
            var value = PartDistance(part, point);
            if (value < bestValue)
                (best, bestValue) = (part, value);
        }
        return best;
    }

    private static bool Has(byte mask, BodyPart part) => (mask & (1 << (int)part)) != 0;

    private byte MaskAt(Vector3 point)
    {
        var cell = (point - _gridOrigin) / CellSize;
        var (x, y, z) = ((int)MathF.Floor(cell.X), (int)MathF.Floor(cell.Y), (int)MathF.Floor(cell.Z));
        if (_partMasks.Length == 0 || (uint)x >= (uint)_gridCells.X || (uint)y >= (uint)_gridCells.Y || (uint)z >= (uint)_gridCells.Z)
            return byte.MaxValue;
        return _partMasks[(z * _gridCells.Y + y) * _gridCells.X + x];
    }

    private float PartDistance(BodyPart part, Vector3 point) => part switch
    {
        BodyPart.Torso => _shapes.Torso.Distance(point),
        BodyPart.LeftTrapezius => _shapes.LeftTrapezius.Distance(point),
        BodyPart.RightTrapezius => _shapes.RightTrapezius.Distance(point),
        BodyPart.Head => HeadDistance(point),
        BodyPart.LeftArm => _shapes.LeftArm.Distance(point),
        BodyPart.RightArm => _shapes.RightArm.Distance(point),
        BodyPart.LeftLeg => _shapes.LeftLeg.Distance(point),
        _ => _shapes.RightLeg.Distance(point),
    };

    private float HeadDistance(Vector3 point) => SmoothBlend.Min(_shapes.Neck.Distance(point),
        SmoothBlend.Min(_shapes.Cranium.Distance(point), _shapes.Face.Distance(point), _shapes.Blends.HeadParts), _shapes.Blends.HeadToNeck);

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
                foreach (var part in Parts)
                {
                    if (PartDistance(part, blockCentre) - blockReach >= _skipBeyond)
                        continue;
                    for (var z = bz * block; z < Math.Min((bz + 1) * block, _gridCells.Z); z++)
                    for (var y = by * block; y < Math.Min((by + 1) * block, _gridCells.Y); y++)
                    for (var x = bx * block; x < Math.Min((bx + 1) * block, _gridCells.X); x++)
                    {
                        var centre = _gridOrigin + (new Vector3(x, y, z) + new Vector3(0.5f)) * CellSize;
                        if (PartDistance(part, centre) - cellReach < _skipBeyond)
                            _partMasks[(z * _gridCells.Y + y) * _gridCells.X + x] |= (byte)(1 << (int)part);
                    }
                }
            }
        });
    }

    private static Bounds3 LimbBounds(Limb limb) => limb.Upper.Bounds.Union(limb.Lower.Bounds).Union(limb.End.Bounds);
}
