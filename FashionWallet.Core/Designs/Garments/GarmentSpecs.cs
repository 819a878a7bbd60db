namespace FashionWallet.Designs.Garments;

/// <summary>The basic blocks, drafted like the seed catalog's silhouettes of the same names.</summary>
public static class GarmentSpecs
{
    public static GarmentSpec TShirt { get; } = new("T-shirt", GarmentKind.Top, new(10, 12, 10), 100,
        new(Landmark.Hip, 2), new(Landmark.Elbow, -12), "crew", "pull-on");

    public static GarmentSpec Shirt { get; } = new("Shirt", GarmentKind.Top, new(16, 18, 14), 108,
        new(Landmark.Hip, 4), new(Landmark.Wrist, 2), "collared", "buttons");

    public static GarmentSpec ALineDress { get; } = new("A-line dress", GarmentKind.Dress, new(8, 6, 16), 200,
        new(Landmark.Knee), null, "scoop", "zip");

    public static GarmentSpec SheathDress { get; } = new("Sheath dress", GarmentKind.Dress, new(6, 6, 6), 98,
        new(Landmark.Knee, -4), null, "boat", "zip", "slim");

    public static GarmentSpec ALineSkirt { get; } = new("A-line skirt", GarmentKind.Skirt, new(0, 2, 14), 210,
        new(Landmark.Calf, -5), null, "none", "zip");

    public static GarmentSpec PencilSkirt { get; } = new("Pencil skirt", GarmentKind.Skirt, new(0, 2, 4), 92,
        new(Landmark.Knee), null, "none", "zip", "slim");

    public static GarmentSpec Trousers { get; } = new("Trousers", GarmentKind.Trousers, new(0, 3, 10), 42,
        new(Landmark.Ankle), null, "none", "zip");

    public static GarmentSpec Jacket { get; } = new("Jacket", GarmentKind.Jacket, new(10, 10, 8), 104,
        new(Landmark.Hip, 4), new(Landmark.Wrist, 1), "notched-lapel", "buttons", "tailored");

    public static IReadOnlyList<GarmentSpec> All { get; } = [TShirt, Shirt, ALineDress, SheathDress, ALineSkirt, PencilSkirt, Trousers, Jacket];
}
