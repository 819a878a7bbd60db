using System.Security.Claims;
using FashionWallet.Accounts;

namespace FashionWallet.Api.Security;

public static class CurrentUser
{
    public const string SessionClaim = "sid";

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not signed in."));

    public static Guid SessionId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(SessionClaim)!);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>Where the request came from (after the forwarded-headers middleware), for the audit log.</summary>
    public static RequestOrigin Origin(this HttpContext context) =>
        new(context.Connection.RemoteIpAddress, context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null);
}
