using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace FashionWallet.Web.Accounts;

/// <summary>
/// Before a signed-in request runs, makes sure its access token has at least a minute left, refreshing it through
/// the API when not; a session the API ended signs the person out here too.
/// </summary>
public sealed class SessionRefreshMiddleware(RequestDelegate next, TokenRefresher refresher)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var authentication = await http.AuthenticateAsync(WebSession.Scheme);
            var tokens = WebSession.Read(authentication.Properties);
            if (tokens is not null && tokens.ExpiresAt - DateTimeOffset.UtcNow > Margin)
            {
                http.Items[SessionTokens.ItemKey] = tokens;
            }
            else if (tokens is not null && await refresher.RefreshAsync(tokens.RefreshToken, http.RequestAborted) is { } renewed)
            {
                await WebSession.RenewAsync(http, authentication.Properties!, renewed);
            }
            else
            {
                await http.SignOutAsync(WebSession.Scheme);
                http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
        }
        await next(http);
    }
}

/// <summary>
/// Refresh tokens work once (the API ends a session whose token is presented twice). Requests of one browser can
/// arrive together with the same old token, so refreshes of one token are serialised and their result shared
/// for a couple of minutes.
/// </summary>
public sealed class TokenRefresher(IServiceScopeFactory scopes)
{
    private static readonly TimeSpan ShareFor = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<string, (Tokens Tokens, DateTimeOffset At)> _recent = new();

    public async Task<Tokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(refreshToken, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_recent.TryGetValue(refreshToken, out var shared) && DateTimeOffset.UtcNow - shared.At < ShareFor)
                return shared.Tokens;
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AccountsClient>().RefreshAsync(refreshToken, cancellationToken);
            if (result.Value is { } tokens)
                _recent[refreshToken] = (tokens, DateTimeOffset.UtcNow);
            Forget();
            return result.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    private void Forget()
    {
        foreach (var (token, entry) in _recent)
        {
            if (DateTimeOffset.UtcNow - entry.At > ShareFor && _recent.TryRemove(token, out _))
                _gates.TryRemove(token, out _);
        }
    }
}
