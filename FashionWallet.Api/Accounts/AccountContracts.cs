using FashionWallet.Accounts;

namespace FashionWallet.Api.Accounts;

public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, bool AcceptTerms);

public sealed record EmailRequest(string? Email);

public sealed record TokenRequest(string? Token);

public sealed record SignInRequest(string? Email, string? Password, bool RememberMe);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ResetPasswordRequest(string? Token, string? NewPassword);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record ChangeEmailRequest(string? NewEmail, string? Password);

public sealed record UpdateProfileRequest(string? DisplayName, string? PreferredUnits);

public sealed record PasswordRequest(string? Password);

/// <summary>What the API says when it accepted a request whose outcome it will not reveal (registration, resets).</summary>
public sealed record AcceptedResponse(string Message);

public sealed record ProfileResponse(Guid Id, string Email, string DisplayName, string PreferredUnits, string Role, bool EmailVerified, DateTimeOffset CreatedAt)
{
    public static ProfileResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.PreferredUnits, user.Role, user.EmailVerifiedAt is not null, user.CreatedAt);
}

/// <summary>OAuth-style token response: the access token lasts <see cref="ExpiresIn"/> seconds; refresh before then.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, ProfileResponse User);

public sealed record SessionResponse(Guid Id, bool Current, string? UserAgent, string? Ip, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt);
