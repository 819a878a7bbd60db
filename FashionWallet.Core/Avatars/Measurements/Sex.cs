namespace FashionWallet.Avatars.Measurements;

/// <summary>The prior used for body proportions and shape where measurements leave them open.</summary>
public enum Sex
{
    Unspecified,
    Female,
    Male,
}
