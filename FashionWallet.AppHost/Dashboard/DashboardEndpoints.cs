using System.Net.ServerSentEvents;
using System.Reflection;
using FashionWallet.AppHost.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FashionWallet.AppHost.Dashboard;

/// <summary>The dashboard: a page listing the resources, their JSON at /api/resources, console output streams, restarts.</summary>
public static class DashboardEndpoints
{
    /// <summary>State-changing calls need this header: a page on another origin cannot send it without CORS.</summary>
    public const string CsrfHeader = "X-FashionWallet-Dashboard";

    public static WebApplication MapDashboard(this WebApplication app, DistributedApplication distributed)
    {
        foreach (var (path, file, contentType) in new[]
                 {
                     ("/", "index.html", "text/html; charset=utf-8"),
                     ("/dashboard.js", "dashboard.js", "text/javascript; charset=utf-8"),
                     ("/dashboard.css", "dashboard.css", "text/css; charset=utf-8"),
                 })
        {
            var content = ReadAsset(file);
            app.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.Content(content, contentType);
            });
        }

        var api = app.MapGroup("/api/resources");
        api.MapGet("/", () => TypedResults.Ok(distributed.Resources.Select(ResourceSnapshot.From).ToArray()));
        api.MapGet("/{name}", Results<Ok<ResourceSnapshot>, NotFound> (string name) =>
            distributed.Resources.FirstOrDefault(r => r.Name == name) is { } resource ? TypedResults.Ok(ResourceSnapshot.From(resource)) : TypedResults.NotFound());
        api.MapGet("/{name}/logs", Results<ServerSentEventsResult<LogLine>, NotFound> (string name, CancellationToken cancellationToken) =>
            distributed.Resources.FirstOrDefault(r => r.Name == name) is { } resource
                ? TypedResults.ServerSentEvents(Follow(resource, cancellationToken))
                : TypedResults.NotFound());
        api.MapPost("/{name}/restart", Results<Accepted, NotFound, ProblemHttpResult> (string name, HttpContext context) =>
        {
            if (!context.Request.Headers.ContainsKey(CsrfHeader))
                return TypedResults.Problem($"Send the {CsrfHeader} header to restart a resource.", statusCode: StatusCodes.Status403Forbidden);
            if (distributed.Resources.All(r => r.Name != name))
                return TypedResults.NotFound();
            _ = Task.Run(async () =>
            {
                try
                {
                    await distributed.RestartAsync(name);
                }
                catch (Exception ex) when (ex is AppHostException or OperationCanceledException)
                {
                    // The resource shows the failure (state and error) on the dashboard.
                }
            });
            return TypedResults.Accepted($"/api/resources/{name}");
        });
        return app;
    }

    private static async IAsyncEnumerable<SseItem<LogLine>> Follow(Resource resource, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in resource.Logs.FollowAsync(cancellationToken))
            yield return new SseItem<LogLine>(line, "line") { EventId = line.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private static string ReadAsset(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"dashboard/{file}")
            ?? throw new InvalidOperationException($"Dashboard asset {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A resource as the dashboard and GET /api/resources show it.</summary>
public sealed record ResourceSnapshot(
    string Name, string Type, string State, string Health, string? HealthDetail, int? Pid, int? ExitCode,
    DateTimeOffset? StartedAt, string? Error, IReadOnlyList<EndpointSnapshot> Endpoints, IReadOnlyList<string> WaitsFor)
{
    public static ResourceSnapshot From(Resource resource) => new(
        resource.Name, resource.Type, resource.State, resource.Health.ToString().ToLowerInvariant(), resource.HealthDetail,
        resource.Pid, resource.ExitCode, resource.StartedAt, resource.Error,
        resource.Endpoints.Select(e => new EndpointSnapshot(e.Name, e.Url.ToString())).ToArray(),
        resource.Dependencies.Select(d => d.Name).ToArray());
}

public sealed record EndpointSnapshot(string Name, string Url);
