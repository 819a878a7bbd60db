using FashionWallet.Avatars.Bodies;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// Drafts a garment onto a body: cross-section rings down the body (the section's hull grown by the ease), sleeves
/// and trouser legs as tubes along the limbs, cut into named panels, then every point moved clear of the body.
/// Pure: the same spec and body give the same garment.
/// </summary>
public static class GarmentGenerator
{
    /// <summary>The least distance between the body and any point of a garment at rest (metres).</summary>
    public const float Clearance = 0.006f;

    public static GarmentModel Generate(GarmentSpec spec, BodyModel body)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(body);
        var surfaces = BodySurfaces.Of(body);
        var landmarks = new BodyLandmarks(body);
        var draft = new GarmentDraft(spec, landmarks, Clearance);
        var tailor = new Tailor(spec, body, surfaces, landmarks, draft);
        var pieces = spec.Kind switch
        {
            GarmentKind.Skirt => tailor.Skirt(),
            GarmentKind.Trousers => tailor.Trousers(),
            _ => tailor.Bodice(),
        };
        return new GarmentModel(spec, PanelMesher.Mesh(pieces));
    }
}
