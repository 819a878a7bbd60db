using System.ComponentModel.DataAnnotations;

namespace FashionWallet.Api.Accounts;

/// <summary>The <c>Accounts</c> configuration section. The secrets (signing key, pepper) come from configuration, never
/// from the repository: the AppHost generates development ones into its data directory.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>A server-side secret mixed into every password before hashing (at least 32 characters). Changing it
    /// invalidates every password.</summary>
    [Required, MinLength(32)]
    public string PasswordPepper { get; set; } = "";

    /// <summary>Refresh tokens (and sessions) last this long, extended at each refresh.</summary>
    [Range(1, 90)]
    public int RefreshTokenDays { get; set; } = 7;

    [Range(1, 365)]
    public int RememberMeDays { get; set; } = 30;

    /// <summary>The person with this email becomes an admin when they verify their address (the first admin).</summary>
    [EmailAddress]
    public string? BootstrapAdminEmail { get; set; }

    /// <summary>The web app's address, for the links in emails; <c>services:web:http:0</c> when empty.</summary>
    public string? LinkBaseUrl { get; set; }

    public LockoutOptions Lockout { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();
}

public sealed class JwtOptions
{
    public string Issuer { get; set; } = "fashionwallet";

    public string Audience { get; set; } = "fashionwallet";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256).</summary>
    [Required]
    public string SigningKey { get; set; } = "";

    [Range(1, 60)]
    public int AccessTokenMinutes { get; set; } = 15;
}

public sealed class LockoutOptions
{
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440)]
    public int FailureWindowMinutes { get; set; } = 15;

    [Range(1, 10080)]
    public int LockoutMinutes { get; set; } = 60;
}

/// <summary>Per client address and per account; a rejected request gets 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    [Range(1, 100_000)]
    public int SignInsPerIpPer15Minutes { get; set; } = 20;

    [Range(1, 100_000)]
    public int SignInsPerAccountPer15Minutes { get; set; } = 5;

    [Range(1, 100_000)]
    public int RegistrationsPerIpPerHour { get; set; } = 3;

    /// <summary>Password reset and verification resend requests.</summary>
    [Range(1, 100_000)]
    public int RecoveryRequestsPerIpPerHour { get; set; } = 5;

    [Range(1, 100_000)]
    public int RecoveryRequestsPerAccountPerHour { get; set; } = 3;
}
