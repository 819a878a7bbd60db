using System.Net.Http.Json;
using FashionWallet.Jobs;
using FashionWallet.Platform;
using FashionWallet.ServiceDefaults.Health;
using FashionWallet.Web.Accounts;

namespace FashionWallet.Web.Platform;

/// <summary>The API's platform endpoints, reached through service discovery (<c>http://api</c>).</summary>
public sealed class PlatformClient(HttpClient http)
{
    /// <summary>The API's /health report; a 503 still carries the report, an unreachable API gives the reason instead.</summary>
    public async Task<(HealthResponse? Health, string? Error)> GetHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/health", cancellationToken);
            return (await response.Content.ReadFromJsonAsync<HealthResponse>(cancellationToken), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return (null, ex.Message);
        }
    }

    public async Task<PlatformStatus?> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetFromJsonAsync<PlatformStatus>("/api/platform/status", cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return null;
        }
    }

    public async Task<JobResponse?> GetJobAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/jobs/{id}", cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JobResponse>(cancellationToken) : null;
    }

    public async Task<JobResponse> StartCanaryAsync(CanaryJob canary, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/platform/canary", canary, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JobResponse>(cancellationToken))!;
    }
}

/// <summary>What the status page's live module polls (GET /status/live).</summary>
public sealed record LiveStatus(HealthResponse? Api, string? ApiError, QueueStatus? Queue, int? Workers, JobResponse? Job);

public static class PlatformEndpoints
{
    public static IHostApplicationBuilder AddPlatformClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<PlatformClient>(client => client.BaseAddress = new Uri("http://api")).AddHttpMessageHandler<ApiTokenHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status/live", async (Guid? job, PlatformClient api, CancellationToken cancellationToken) =>
        {
            var health = api.GetHealthAsync(cancellationToken);
            var status = api.GetStatusAsync(cancellationToken);
            var jobTask = job is { } id ? api.GetJobAsync(id, cancellationToken) : Task.FromResult<JobResponse?>(null);
            var (report, error) = await health;
            var platform = await status;
            return TypedResults.Ok(new LiveStatus(report, error, platform?.Queue, platform?.Workers.Count, await jobTask));
        });
        return app;
    }
}
