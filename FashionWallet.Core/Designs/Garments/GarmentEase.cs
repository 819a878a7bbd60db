namespace FashionWallet.Designs.Garments;

/// <summary>How much larger than the body the garment is around bust, waist and hip (cm; negative stretches onto it).</summary>
public sealed record GarmentEase(double BustCm, double WaistCm, double HipCm);
