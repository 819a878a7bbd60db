using System.Numerics;
using FashionWallet.Geometry.Implicit;

namespace FashionWallet.Geometry.Meshing;

/// <summary>Moves mesh vertices onto an implicit surface and evens out triangle shapes without changing connectivity.</summary>
public static class SurfaceFitting
{
    private const float Step = 2e-4f;

    /// <summary>
    /// Relaxes the vertices tangentially (each moves halfway to its neighbours' centroid within the plane of the
    /// mesh around it, which removes the slivers marching cubes leaves where the surface passes close to grid
    /// corners), projects them onto the surface and returns the unit outward normals there. No vertex moves more
    /// than <paramref name="maximumMove"/> in the projection.
    /// </summary>
    public static Vector3[] Fit(IndexedMesh mesh, ImplicitSurface surface, float maximumMove, int relaxationRounds)
    {
        if (relaxationRounds > 0)
            Relax(mesh, VertexNormals.AreaWeighted(mesh.Positions, mesh.Indices), relaxationRounds);
        return Project(mesh.Positions, surface, maximumMove);
    }

    /// <summary>One Newton step along the gradient onto the zero set; the gradient's direction is the normal.</summary>
    private static Vector3[] Project(Vector3[] positions, ImplicitSurface surface, float maximumMove)
    {
        var normals = new Vector3[positions.Length];
        Parallel.For(0, positions.Length, i =>
        {
            var point = positions[i];
            var value = surface.Evaluate(point);
            var gradient = new Vector3(
                surface.Evaluate(point + new Vector3(Step, 0, 0)) - value,
                surface.Evaluate(point + new Vector3(0, Step, 0)) - value,
                surface.Evaluate(point + new Vector3(0, 0, Step)) - value) / Step;
            var move = value * gradient / MathF.Max(gradient.LengthSquared(), 1e-6f);
            var length = move.Length();
            positions[i] = point - (length > maximumMove ? move * (maximumMove / length) : move);
            normals[i] = Vector3.Normalize(gradient);
        });
        return normals;
    }

    /// <summary>
    /// Tangential moves only: on a smooth surface sampled this finely they leave the surface by a fraction of a
    /// millimetre, which the projection that follows removes.
    /// </summary>
    private static void Relax(IndexedMesh mesh, Vector3[] normals, int rounds)
    {
        var (offsets, neighbours) = VertexNeighbours(mesh);
        var current = mesh.Positions;
        var next = new Vector3[current.Length];
        for (var round = 0; round < rounds; round++)
        {
            var source = current;
            var target = next;
            Parallel.For(0, source.Length, i =>
            {
                var centroid = Vector3.Zero;
                for (var n = offsets[i]; n < offsets[i + 1]; n++)
                    centroid += source[neighbours[n]];
                var towards = centroid / (offsets[i + 1] - offsets[i]) - source[i];
                target[i] = source[i] + 0.5f * (towards - Vector3.Dot(towards, normals[i]) * normals[i]);
            });
            (current, next) = (next, current);
        }
        if (!ReferenceEquals(current, mesh.Positions))
            current.CopyTo(mesh.Positions, 0);
    }

    /// <summary>Each vertex's neighbours in compressed rows: vertex i's are neighbours[offsets[i]..offsets[i + 1]].</summary>
    private static (int[] Offsets, int[] Neighbours) VertexNeighbours(IndexedMesh mesh)
    {
        var indices = mesh.Indices;
        var counts = new int[mesh.Positions.Length + 1];
        foreach (var index in indices)
            counts[index + 1] += 2;
        for (var i = 0; i < mesh.Positions.Length; i++)
            counts[i + 1] += counts[i];
        // Every triangle corner lists its two other corners; in a closed manifold each neighbour then appears twice,
        // which weighs all neighbours alike.
        var neighbours = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        for (var t = 0; t < indices.Length; t += 3)
        {
            for (var k = 0; k < 3; k++)
            {
                var v = indices[t + k];
                neighbours[fill[v]++] = indices[t + (k + 1) % 3];
                neighbours[fill[v]++] = indices[t + (k + 2) % 3];
            }
        }
        return (counts, neighbours);
    }
}
