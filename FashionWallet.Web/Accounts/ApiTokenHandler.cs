using System.Net.Http.Headers;

namespace FashionWallet.Web.Accounts;

/// <summary>
/// Calls to the API go out as the person: their access token, and their address in X-Forwarded-For so the API's
/// per-client limits and audit log see the browser, not this server.
/// </summary>
public sealed class ApiTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http)
        {
            if (http.Items[SessionTokens.ItemKey] is SessionTokens tokens && request.Headers.Authorization is null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
            if (http.Connection.RemoteIpAddress is { } ip)
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", ip.ToString());
            if (http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent)
                request.Headers.UserAgent.TryParseAdd(agent);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
