using System.Security.Claims;
using FashionWallet.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FashionWallet.Api.Accounts;

/// <summary>Short-lived JWT access tokens (HMAC-SHA256), issued and validated by the API itself.</summary>
public sealed class AccessTokens : IDisposable
{
    public const string TokenTypeClaim = "token_type";
    public const string AccessTokenType = "access";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly JwtOptions _options;
    private readonly SymmetricSecurityKey _key;
    private readonly TokenValidationParameters _validation;
    private readonly ValidatedTokens _validated = new();

    public AccessTokens(IOptions<AccountOptions> options)
    {
        _options = options.Value.Jwt;
        _key = new SymmetricSecurityKey(DecodeKey(_options.SigningKey));
        _validation = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    public TimeSpan Lifetime => TimeSpan.FromMinutes(_options.AccessTokenMinutes);

    public string Create(User user, Guid sessionId, DateTimeOffset now) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = _options.Issuer,
        Audience = _options.Audience,
        IssuedAt = now.UtcDateTime,
        NotBefore = now.UtcDateTime,
        Expires = (now + Lifetime).UtcDateTime,
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        Claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Id.ToString(),
            [JwtRegisteredClaimNames.Email] = user.Email,
            [JwtRegisteredClaimNames.Name] = user.DisplayName,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            ["role"] = user.Role,
            ["sid"] = sessionId.ToString(),
            [TokenTypeClaim] = AccessTokenType,
        },
    });

    /// <summary>The token's subject and session when it is genuine, current and an access token; otherwise why not.</summary>
    public async Task<(Guid UserId, Guid SessionId)?> ValidateAsync(string token, Action<string> reject)
    {
        if (_validated.Find(token) is { } known)
            return known;
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid)
        {
            reject(result.Exception switch
            {
                SecurityTokenExpiredException => "The access token has expired; refresh it.",
                SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The access token's signature is not valid.",
                _ => "The access token is not valid.",
            });
            return null;
        }
        var claims = result.ClaimsIdentity;
        if (claims.FindFirst(TokenTypeClaim)?.Value != AccessTokenType
            || !Guid.TryParse(claims.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var userId)
            || !Guid.TryParse(claims.FindFirst("sid")?.Value, out var sessionId))
        {
            reject("The token is not an access token.");
            return null;
        }
        _validated.Remember(token, (userId, sessionId), result.SecurityToken.ValidTo);
        return (userId, sessionId);
    }

    public void Dispose() => _validated.Dispose();

    internal static byte[] DecodeKey(string signingKey)
    {
        try
        {
            var key = Convert.FromBase64String(signingKey);
            return key.Length >= 32 ? key : throw new InvalidOperationException("Accounts:Jwt:SigningKey must be at least 32 bytes (base64).");
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException("Accounts:Jwt:SigningKey must be base64.", ex);
        }
    }
}

internal static class ClaimsIdentityExtensions
{
    public static Claim? FindFirst(this ClaimsIdentity identity, string type) => identity.Claims.FirstOrDefault(c => c.Type == type);
}
