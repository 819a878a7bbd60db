using System.Numerics;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// A tube of rings (each a closed loop of points, the same count in every ring), listed in the direction the
/// triangles' winding expects: for horizontal rings, top to bottom with points turning from +X towards +Z.
/// </summary>
internal sealed class GarmentTube(List<Vector3[]> rings)
{
    public List<Vector3[]> Rings { get; } = rings;

    public int Columns => Rings[0].Length;

    /// <summary>The part of the tube between two columns (inclusive, wrapping past the last), cut as one panel.</summary>
    public GarmentPiece Cut(string panel, int fromColumn, int toColumn) => new(panel, this, fromColumn, toColumn);
}

/// <summary>A strip of a tube that belongs to one panel.</summary>
internal sealed record GarmentPiece(string Panel, GarmentTube Tube, int FromColumn, int ToColumn)
{
    public IEnumerable<int> ColumnIndices()
    {
        var columns = Tube.Columns;
        var span = ((ToColumn - FromColumn) % columns + columns) % columns;
        if (span == 0)
            span = columns;
        for (var c = 0; c <= span; c++)
            yield return (FromColumn + c) % columns;
    }
}
