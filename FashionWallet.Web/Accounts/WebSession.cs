using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FashionWallet.Web.Accounts;

/// <summary>The tokens a signed-in person's requests carry to the API.</summary>
public sealed record SessionTokens(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    public const string ItemKey = "fashionwallet.tokens";
}

/// <summary>
/// The person's session in the web app: an encrypted (data protection), HttpOnly, SameSite=Lax cookie holding who
/// they are and their API tokens. The API stays the authority: the cookie is only a carrier for its tokens.
/// </summary>
public static class WebSession
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private const string AccessToken = "access_token";
    private const string RefreshToken = "refresh_token";
    private const string ExpiresAt = "expires_at";
    private const string Remember = "remember";

    public static async Task SignInAsync(HttpContext http, Tokens tokens, bool remember)
    {
        var properties = new AuthenticationProperties { IsPersistent = remember };
        properties.Items[Remember] = remember ? "1" : "0";
        Store(properties, tokens);
        await http.SignInAsync(Scheme, Principal(tokens.User), properties);
        http.Items[SessionTokens.ItemKey] = Read(properties);
    }

    /// <summary>Replaces the tokens (after a refresh) keeping the cookie's persistence.</summary>
    public static async Task RenewAsync(HttpContext http, AuthenticationProperties properties, Tokens tokens)
    {
        Store(properties, tokens);
        await http.SignInAsync(Scheme, Principal(tokens.User), properties);
        http.Items[SessionTokens.ItemKey] = Read(properties);
    }

    /// <summary>Re-issues the cookie with the person's new name or role, keeping their tokens.</summary>
    public static async Task UpdateProfileAsync(HttpContext http, UserProfile profile)
    {
        var authentication = await http.AuthenticateAsync(Scheme);
        if (authentication.Properties is { } properties)
            await http.SignInAsync(Scheme, Principal(profile), properties);
    }

    public static SessionTokens? Read(AuthenticationProperties? properties)
    {
        var access = properties?.GetTokenValue(AccessToken);
        var refresh = properties?.GetTokenValue(RefreshToken);
        return access is null || refresh is null
            || !DateTimeOffset.TryParse(properties!.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresAt)
            ? null
            : new SessionTokens(access, refresh, expiresAt);
    }

    private static void Store(AuthenticationProperties properties, Tokens tokens) => properties.StoreTokens(
    [
        new AuthenticationToken { Name = AccessToken, Value = tokens.AccessToken },
        new AuthenticationToken { Name = RefreshToken, Value = tokens.RefreshToken },
        new AuthenticationToken { Name = ExpiresAt, Value = DateTimeOffset.UtcNow.AddSeconds(tokens.ExpiresIn).ToString("O", CultureInfo.InvariantCulture) },
    ]);

    private static ClaimsPrincipal Principal(UserProfile user) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
        new Claim(ClaimTypes.Name, user.DisplayName),
        new Claim(ClaimTypes.Email, user.Email),
        new Claim(ClaimTypes.Role, user.Role),
    ], Scheme, ClaimTypes.Name, ClaimTypes.Role));
}
