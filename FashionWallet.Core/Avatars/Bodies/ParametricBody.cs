using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry.Meshing;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// Builds a smooth, watertight, genus-0 human body in an A-pose that realises its measurements: the body's implicit
/// surface (blended tapered sections along a skeleton) is calibrated against <see cref="BodyTape"/>, then meshed
/// to the level of detail's triangle budget. The low level is decimated from the medium mesh, so thin parts
/// (wrists, ankles) keep their topology.
/// </summary>
public static class ParametricBody
{
    public static BodyModel Generate(BodyMeasurements measurements, BodyLevelOfDetail levelOfDetail = BodyLevelOfDetail.Medium)
    {
        var (field, skeleton) = BodyFitter.Fit(measurements);
        var fitted = levelOfDetail == BodyLevelOfDetail.Low
            ? ImplicitMesher.Decimate(ImplicitMesher.Mesh(field, (int)BodyLevelOfDetail.Medium), (int)levelOfDetail)
            : ImplicitMesher.Mesh(field, (int)levelOfDetail);
        return new BodyModel(BodyUvMapper.Build(fitted.Mesh, fitted.Normals, field, skeleton), skeleton, measurements, levelOfDetail) { Field = field };
    }
}
