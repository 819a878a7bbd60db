namespace FashionWallet.Imaging;

/// <summary>Why an uploaded image is refused: a stable code for clients and a message for the person.</summary>
public sealed class ImageRejectedException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}

public static class ImageRejections
{
    public const string Empty = "empty";
    public const string TooLarge = "too_large";
    public const string NotAnImage = "not_an_image";
    public const string Corrupt = "corrupt";
    public const string Truncated = "truncated";
    public const string TooManyPixels = "too_many_pixels";
    public const string TooSmall = "too_small";
}
