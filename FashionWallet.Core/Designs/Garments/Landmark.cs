namespace FashionWallet.Designs.Garments;

/// <summary>Body landmarks a garment's lengths are measured to (the catalog's landmark vocabulary).</summary>
public enum Landmark
{
    Nape,
    HighPointShoulder,
    Shoulder,
    Bust,
    Underbust,
    Waist,
    HighHip,
    Hip,
    Crotch,
    MidThigh,
    Knee,
    Calf,
    Ankle,
    Floor,
    Elbow,
    Wrist,
}

/// <summary>A length that ends at a landmark, moved by an offset: positive is longer (further from where it starts).</summary>
public sealed record GarmentLength(Landmark To, double OffsetCm = 0);

public static class Landmarks
{
    /// <summary>The catalog's spelling ("high-point-shoulder", "mid-thigh") or null for an unknown word.</summary>
    public static Landmark? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "nape" => Landmark.Nape,
        "high-point-shoulder" => Landmark.HighPointShoulder,
        "shoulder" => Landmark.Shoulder,
        "bust" => Landmark.Bust,
        "underbust" => Landmark.Underbust,
        "waist" => Landmark.Waist,
        "high-hip" => Landmark.HighHip,
        "hip" => Landmark.Hip,
        "crotch" => Landmark.Crotch,
        "mid-thigh" => Landmark.MidThigh,
        "knee" => Landmark.Knee,
        "calf" => Landmark.Calf,
        "ankle" => Landmark.Ankle,
        "floor" => Landmark.Floor,
        "elbow" => Landmark.Elbow,
        "wrist" => Landmark.Wrist,
        _ => null,
    };
}
