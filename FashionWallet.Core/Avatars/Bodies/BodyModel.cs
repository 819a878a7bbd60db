using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;

namespace FashionWallet.Avatars.Bodies;

/// <summary>A generated body: its mesh (metres, Y up, feet on y = 0, facing +Z), its skeleton, and what it was built from.</summary>
public sealed record BodyModel(TriangleMesh Mesh, Skeleton Skeleton, BodyMeasurements Measurements, BodyLevelOfDetail LevelOfDetail)
{
    /// <summary>
    /// The implicit surface the mesh was made from, kept so garments can keep clear of the body without fitting it
    /// again; absent when the model was not generated in this process.
    /// </summary>
    internal BodyField? Field { get; init; }
}
