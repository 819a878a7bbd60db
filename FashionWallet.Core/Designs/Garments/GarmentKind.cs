namespace FashionWallet.Designs.Garments;

/// <summary>The generator a silhouette is drafted with: what the garment covers and how its pieces are laid out.</summary>
public enum GarmentKind
{
    /// <summary>Shoulders to a hem at or above the thigh, with optional sleeves (tees, shirts, blouses, hoodies).</summary>
    Top,
    /// <summary>Shoulders to a hem below the hip, flaring from the hip (sheath, A-line, shirt dresses, kurtas).</summary>
    Dress,
    /// <summary>Waist to hem, flaring from the hip.</summary>
    Skirt,
    /// <summary>Waist to the crotch, then a tube per leg (trousers, jeans, shorts, leggings).</summary>
    Trousers,
    /// <summary>A top cut for outerwear: a collar, a front opening and longer sleeves (blazers, coats, parkas).</summary>
    Jacket,
}
