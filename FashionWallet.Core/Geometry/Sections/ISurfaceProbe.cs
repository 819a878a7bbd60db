using System.Numerics;

namespace FashionWallet.Geometry.Sections;

/// <summary>A closed surface that can be cut by planes: a mesh, or the implicit surface a mesh was made from.</summary>
public interface ISurfaceProbe
{
    ISurfaceSlice Slice(PlaneFrame plane);
}

/// <summary>The curve where a plane cuts the surface, probed by rays in the plane's coordinates.</summary>
public interface ISurfaceSlice
{
    /// <summary>How far along the ray (unit direction) the curve is first crossed; <paramref name="maximumDistance"/> when it is not crossed before.</summary>
    float FirstCrossing(Vector2 origin, Vector2 direction, float maximumDistance);
}
