using System.Numerics;

namespace FashionWallet.Geometry.Sections;

/// <summary>A plane with an origin and two orthonormal in-plane axes, mapping plane coordinates to space and back.</summary>
public readonly record struct PlaneFrame(Vector3 Origin, Vector3 U, Vector3 V)
{
    public Vector3 Normal => Vector3.Cross(U, V);

    /// <summary>The plane through <paramref name="origin"/> perpendicular to <paramref name="normal"/>, its U axis as close to +X as possible.</summary>
    public static PlaneFrame Perpendicular(Vector3 origin, Vector3 normal)
    {
        normal = Vector3.Normalize(normal);
        var reference = MathF.Abs(normal.X) < 0.9f ? Vector3.UnitX : Vector3.UnitZ;
        var u = Vector3.Normalize(reference - Vector3.Dot(reference, normal) * normal);
        return new PlaneFrame(origin, u, Vector3.Cross(normal, u));
    }

    /// <summary>The horizontal plane at the height of <paramref name="origin"/>: U is +X, V is -Z (so the normal is +Y).</summary>
    public static PlaneFrame Horizontal(Vector3 origin) => new(origin, Vector3.UnitX, -Vector3.UnitZ);

    public Vector3 ToWorld(Vector2 point) => Origin + point.X * U + point.Y * V;

    public Vector2 ToPlane(Vector3 point)
    {
        var offset = point - Origin;
        return new Vector2(Vector3.Dot(offset, U), Vector3.Dot(offset, V));
    }
}
