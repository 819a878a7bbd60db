using FashionWallet.Geometry;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// A generated garment: one mesh per named panel (front, back, left-sleeve, right-sleeve, collar), each its own
/// material group, in the body's space (metres, Y up, facing +Z). Texture coordinates are in metres along the
/// fabric, so a texture repeats at its physical size.
/// </summary>
public sealed record GarmentModel(GarmentSpec Spec, IReadOnlyList<GarmentPanel> Panels)
{
    public int TriangleCount => Panels.Sum(p => p.Mesh.TriangleCount);

    public GarmentPanel Panel(string name) => Panels.Single(p => p.Name == name);
}

/// <summary>A piece of the garment cut from one fabric: its name is the key for its fabric and colour.</summary>
public sealed record GarmentPanel(string Name, TriangleMesh Mesh);

/// <summary>The panel names generators use.</summary>
public static class PanelNames
{
    public const string Front = "front";
    public const string Back = "back";
    public const string LeftSleeve = "left-sleeve";
    public const string RightSleeve = "right-sleeve";
    public const string Collar = "collar";
}
