using System.Security.Cryptography;
using System.Text;

namespace FashionWallet.Accounts;

/// <summary>Random single-use tokens (refresh tokens, email links): 32 random bytes, base64url; only the SHA-256 hash is stored.</summary>
public static class SecureToken
{
    public static (string Token, byte[] Hash) Create()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A well-formed token is 43 base64url characters; anything else is refused before touching the database.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
