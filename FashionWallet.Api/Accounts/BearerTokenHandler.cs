using System.Security.Claims;
using System.Text.Encodings.Web;
using FashionWallet.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FashionWallet.Api.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;access token&gt;" (the JwtBearer package is not available here): the token
/// must be genuine and current, and its session still open; the role comes from the database, not the token.
/// Failures answer 401 with WWW-Authenticate and a problem body; refusals 403.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccessTokens tokens, SessionValidator sessions, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private string? _error;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        var subject = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), reason => _error = reason);
        if (subject is not { } valid)
            return AuthenticateResult.Fail(_error!);

        var session = await sessions.GetAsync(valid.SessionId, Context.RequestAborted);
        if (session is null || session.UserId != valid.UserId)
        {
            _error = "The session has ended; sign in again.";
            return AuthenticateResult.Fail(_error);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, session.UserId.ToString()),
            new Claim(ClaimTypes.Email, session.Email),
            new Claim(ClaimTypes.Name, session.DisplayName),
            new Claim(ClaimTypes.Role, session.Role),
            new Claim(CurrentUser.SessionClaim, valid.SessionId.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = _error is null ? "Bearer" : $"Bearer error=\"invalid_token\", error_description=\"{_error}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "Sign in required", Detail = _error ?? "Send an access token: Authorization: Bearer <token>." },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 403, Title = "Not allowed", Detail = "Your account does not have access to this." },
        });
    }
}
