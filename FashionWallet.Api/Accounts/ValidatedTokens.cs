using Microsoft.Extensions.Caching.Memory;

namespace FashionWallet.Api.Accounts;

/// <summary>
/// Access tokens this instance has already validated, until they expire: checking a signature and parsing the claims
/// cost more than the rest of a small request's authentication. Only the exact token string finds an entry, so nothing
/// can be forged through it; whether the session is still open is checked on every request all the same.
/// </summary>
internal sealed class ValidatedTokens : IDisposable
{
    private const int MaxTokens = 50_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public (Guid UserId, Guid SessionId)? Find(string token) =>
        _cache.TryGetValue(token, out (Guid UserId, Guid SessionId) subject) ? subject : null;

    public void Remember(string token, (Guid UserId, Guid SessionId) subject, DateTime validTo)
    {
        // Kept only up to the token's own expiry (without the validation's clock skew), so an expired token always meets full validation.
        var expires = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        if (expires > DateTimeOffset.UtcNow)
            _cache.Set(token, subject, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expires });
    }

    public void Dispose() => _cache.Dispose();
}
