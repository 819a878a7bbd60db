using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;
using FashionWallet.Geometry.Meshing;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Builds a smooth, watertight, genus-0 human body in an A-pose that realises its measurements: the body's implicit
/// surface (blended tapered sections along a skeleton) is calibrated against <see cref="BodyTape"/>, polygonised by
/// marching cubes at the resolution the level of detail asks for, fitted back onto the surface and evened out. The
/// low level of detail is decimated from the medium mesh, so thin parts (wrists, ankles) keep their topology.
/// </summary>
public static class ParametricBody
{
    // Marching cubes yields about this many triangles per square metre of surface at a 1 m cell (measured over
    // typical bodies); it sets the cell size for a triangle budget.
    private const float TrianglesPerArea = 3.1f;
    private const float EstimateCellSize = 0.04f;
    private const int RelaxationRounds = 3;

    public static BodyModel Generate(BodyMeasurements measurements, BodyLevelOfDetail levelOfDetail = BodyLevelOfDetail.Medium)
    {
        var (field, skeleton) = BodyFitter.Fit(measurements);
        var meshed = levelOfDetail == BodyLevelOfDetail.Low ? BodyLevelOfDetail.Medium : levelOfDetail;
        var cellSize = CellSizeFor(field, (int)meshed);
        var mesh = MarchingCubes.Polygonise(field, cellSize);
        var normals = SurfaceFitting.Fit(mesh, field, cellSize, RelaxationRounds);
        if (levelOfDetail == BodyLevelOfDetail.Low)
        {
            (mesh, var kept) = Decimator.Decimate(mesh, (int)levelOfDetail);
            normals = kept.Select(v => normals[v]).ToArray();
        }
        return new BodyModel(BodyUvMapper.Build(mesh, normals, field, skeleton), skeleton, measurements, levelOfDetail);
    }

    /// <summary>The cell size that gives about <paramref name="triangles"/> triangles, from a quick coarse polygonisation's area.</summary>
    private static float CellSizeFor(BodyField field, int triangles)
    {
        var area = (float)MarchingCubes.Polygonise(field, EstimateCellSize).Area();
        return MathF.Sqrt(TrianglesPerArea * area / triangles);
    }
}
