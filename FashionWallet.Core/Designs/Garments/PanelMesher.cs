using System.Numerics;
using System.Runtime.InteropServices;
using FashionWallet.Geometry;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// Turns pieces into one mesh per panel. Texture coordinates are metres of fabric: U along the ring from the
/// piece's middle column (so the straight grain runs down the middle of the panel), V down the column.
/// </summary>
internal static class PanelMesher
{
    public static IReadOnlyList<GarmentPanel> Mesh(IEnumerable<GarmentPiece> pieces) => pieces
        .GroupBy(p => p.Panel)
        .Select(group => new GarmentPanel(group.Key, Merge(group.ToList())))
        .ToList();

    private static TriangleMesh Merge(List<GarmentPiece> pieces)
    {
        var positions = new List<Vector3>();
        var texCoords = new List<Vector2>();
        var indices = new List<int>();
        foreach (var piece in pieces)
            Append(piece, positions, texCoords, indices);
        var normals = VertexNormals.AreaWeighted(CollectionsMarshal.AsSpan(positions), CollectionsMarshal.AsSpan(indices));
        return new TriangleMesh([.. positions], normals, [.. texCoords], [.. indices]);
    }

    private static void Append(GarmentPiece piece, List<Vector3> positions, List<Vector2> texCoords, List<int> indices)
    {
        var columns = piece.ColumnIndices().ToArray();
        var rings = piece.Tube.Rings;
        var first = positions.Count;
        var middle = columns.Length / 2;
        var down = new float[columns.Length];
        for (var r = 0; r < rings.Count; r++)
        {
            var ring = rings[r];
            var across = new float[columns.Length];
            for (var c = 1; c < columns.Length; c++)
                across[c] = across[c - 1] + Vector3.Distance(ring[columns[c - 1]], ring[columns[c]]);
            for (var c = 0; c < columns.Length; c++)
            {
                if (r > 0)
                    down[c] += Vector3.Distance(rings[r - 1][columns[c]], ring[columns[c]]);
                positions.Add(ring[columns[c]]);
                texCoords.Add(new Vector2(across[c] - across[middle], down[c]));
            }
        }
        var width = columns.Length;
        for (var r = 0; r + 1 < rings.Count; r++)
        {
            for (var c = 0; c + 1 < width; c++)
            {
                var a = first + r * width + c;
                var (b, below, belowNext) = (a + 1, a + width, a + width + 1);
                AddIfSound(positions, indices, a, b, below);
                AddIfSound(positions, indices, b, belowNext, below);
            }
        }
    }

    /// <summary>Rings that meet (a sleeve's end pushed against the body) can pinch a quad to a line: such triangles are left out.</summary>
    private static void AddIfSound(List<Vector3> positions, List<int> indices, int a, int b, int c)
    {
        if (Vector3.Cross(positions[b] - positions[a], positions[c] - positions[a]).LengthSquared() < 1e-12f)
            return;
        indices.Add(a);
        indices.Add(b);
        indices.Add(c);
    }
}
