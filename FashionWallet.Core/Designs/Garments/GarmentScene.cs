using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Catalog;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// An avatar wearing a garment, as a scene: the avatar's node (body and skeleton) and a garment node with a child
/// per panel, each with its own material, so a viewer can recolour or re-texture a panel by its name. A panel whose
/// fabric's weave is given wears that weave as a texture, repeated along its texture coordinates (metres of fabric).
/// </summary>
public static class GarmentScene
{
    public static readonly Colour Calico = Colour.FromHex("#EFE8D8");

    public static Scene Scene(BodyModel body, GarmentModel garment, IReadOnlyDictionary<string, Colour>? panelColours = null, IReadOnlyDictionary<string, string>? panelWeaves = null) =>
        new([AvatarScene.Node(body), Node(garment, panelColours, panelWeaves)]);

    public static SceneNode Node(GarmentModel garment, IReadOnlyDictionary<string, Colour>? panelColours = null, IReadOnlyDictionary<string, string>? panelWeaves = null) => new("garment")
    {
        Children = garment.Panels.Select(panel => new SceneNode(panel.Name)
        {
            Mesh = new SceneMesh($"garment-{panel.Name}", panel.Mesh, Material(panel.Name, ColourOf(panel.Name, panelColours), panelWeaves?.GetValueOrDefault(panel.Name))),
        }).ToArray(),
    };

    private static Colour ColourOf(string panel, IReadOnlyDictionary<string, Colour>? colours) =>
        colours is not null && colours.TryGetValue(panel, out var colour) ? colour : Calico;

    /// <summary>glTF's base colour is linear; a swatch's hex is sRGB.</summary>
    private static PbrMaterial Material(string panel, Colour colour, string? weave) =>
        new($"fabric-{panel}", new Vector4(Linear(colour.R), Linear(colour.G), Linear(colour.B), 1))
        {
            Roughness = 0.9f,
            DoubleSided = true,
            BaseColorTexturePng = weave is null ? null : FabricWeave.TilePng(weave),
            TextureRepeats = weave is null ? 1 : 1 / FabricWeave.TileMetres,
        };

    private static float Linear(byte channel)
    {
        var c = channel / 255f;
        return c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
    }
}
