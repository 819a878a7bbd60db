using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry;

namespace FashionWallet.Avatars.Bodies;

/// <summary>A generated body: its mesh (metres, Y up, feet on y = 0, facing +Z), its skeleton, and what it was built from.</summary>
public sealed record BodyModel(TriangleMesh Mesh, Skeleton Skeleton, BodyMeasurements Measurements, BodyLevelOfDetail LevelOfDetail);
