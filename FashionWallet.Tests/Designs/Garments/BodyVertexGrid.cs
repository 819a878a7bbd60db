using System.Numerics;
using FashionWallet.Avatars.Bodies;

namespace FashionWallet.Tests.Designs.Garments;

/// <summary>
/// An oracle independent of the field the generator uses: a point is clear of the body's mesh when the nearest body
/// vertex (within 2 cm) is at least the clearance away and the point lies on the outer side of that vertex's normal.
/// </summary>
internal sealed class BodyVertexGrid
{
    private const float Cell = 0.02f;
    private readonly Dictionary<(int, int, int), List<int>> _cells = [];
    private readonly Vector3[] _positions;
    private readonly Vector3[] _normals;

    public BodyVertexGrid(BodyModel body)
    {
        (_positions, _normals) = (body.Mesh.Positions.ToArray(), body.Mesh.Normals.ToArray());
        for (var i = 0; i < _positions.Length; i++)
        {
            var key = Key(_positions[i]);
            if (!_cells.TryGetValue(key, out var list))
                _cells[key] = list = [];
            list.Add(i);
        }
    }

    public bool IsClear(Vector3 point, float clearance)
    {
        var (x, y, z) = Key(point);
        var (nearest, best) = (-1, float.MaxValue);
        for (var dx = -1; dx <= 1; dx++)
        for (var dy = -1; dy <= 1; dy++)
        for (var dz = -1; dz <= 1; dz++)
        {
            if (!_cells.TryGetValue((x + dx, y + dy, z + dz), out var list))
                continue;
            foreach (var i in list)
            {
                var distance = Vector3.DistanceSquared(point, _positions[i]);
                if (distance < best)
                    (nearest, best) = (i, distance);
            }
        }
        if (nearest < 0)
            return true;
        return MathF.Sqrt(best) >= clearance && Vector3.Dot(point - _positions[nearest], _normals[nearest]) > 0;
    }

    private static (int, int, int) Key(Vector3 p) => ((int)MathF.Floor(p.X / Cell), (int)MathF.Floor(p.Y / Cell), (int)MathF.Floor(p.Z / Cell));
}
