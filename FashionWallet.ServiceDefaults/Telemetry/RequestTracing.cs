using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace FashionWallet.ServiceDefaults.Telemetry;

/// <summary>
/// ASP.NET Core starts a span per request but, without OpenTelemetry.Instrumentation.AspNetCore (not available
/// here), leaves it unnamed and without attributes. This names it "METHOD route" and adds the HTTP semantic
/// conventions' attributes, so traces read like they would with the instrumentation package.
/// </summary>
internal sealed class RequestTracingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                Enrich(context);
            }
        });
        next(app);
    };

    private static void Enrich(HttpContext context)
    {
        if (context.Features.Get<IHttpActivityFeature>()?.Activity is not { IsAllDataRequested: true } activity)
            return;
        var request = context.Request;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        activity.DisplayName = route is null ? request.Method : $"{request.Method} {(route.StartsWith('/') ? route : "/" + route)}";
        activity.SetTag("http.request.method", request.Method);
        activity.SetTag("url.path", request.Path.Value);
        activity.SetTag("url.scheme", request.Scheme);
        activity.SetTag("server.address", request.Host.Host);
        activity.SetTag("server.port", request.Host.Port);
        activity.SetTag("http.response.status_code", context.Response.StatusCode);
        if (route is not null)
            activity.SetTag("http.route", route);
        if (context.Response.StatusCode >= 500)
            activity.SetStatus(ActivityStatusCode.Error);
    }
}
