namespace FashionWallet.Avatars.Photos;

/// <summary>Why photos could not become an avatar, as a stable code for programs.</summary>
public static class PhotoRejections
{
    public const string NoPerson = "no_person";
    public const string TwoPeople = "two_people";
    public const string ArmsTooClose = "arms_too_close";
    public const string FeetNotVisible = "feet_not_visible";
    public const string HeadNotVisible = "head_not_visible";
    public const string TooDark = "too_dark";
    public const string TooFar = "too_far";
    public const string NotFacingCamera = "not_facing_camera";
    public const string NotSideways = "not_sideways";
    public const string ImplausibleBody = "implausible_body";
}

/// <summary>
/// The photos cannot give measurements, for a reason the person can fix: the message is shown to them as it is
/// ("No person found in the side photo: stand fully in the frame."), so it says what to do.
/// </summary>
public sealed class PhotoRejectedException(string code, string? view, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>"front" or "side"; null when the pair as a whole is the problem.</summary>
    public string? View { get; } = view;
}
