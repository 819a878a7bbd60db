using System.Diagnostics;
using FashionWallet.ServiceDefaults.Health;
using FashionWallet.ServiceDefaults.Hosting;
using FashionWallet.ServiceDefaults.Problems;
using FashionWallet.ServiceDefaults.Resilience;
using FashionWallet.ServiceDefaults.ServiceDiscovery;
using FashionWallet.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Fashion Wallet service shares, in the spirit of Aspire's ServiceDefaults: telemetry,
/// health, service discovery, resilient HttpClients and ProblemDetails.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.AddStandardResilience();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
                validation.Errors = ProblemFieldNames.AsJsonNames(validation.Errors);
        });

        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddHostedService<AppHostWatchdog>();
        return builder;
    }

    /// <summary>/health (readiness: every check, including the database) and /alive (liveness: the process answers).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app;
    }
}
