namespace FashionWallet.Avatars.Bodies;

/// <summary>How finely the body is meshed; each value is the triangle count aimed at.</summary>
public enum BodyLevelOfDetail
{
    Low = 5_000,
    Medium = 20_000,
    High = 70_000,
}
