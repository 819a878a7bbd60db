using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FashionWallet.Web.Api;

/// <summary>An RFC 9457 problem from the API, with its per-field errors (field names as JSON: "email", "newPassword").</summary>
public sealed record ApiProblem(HttpStatusCode Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly HashSet<string> StandardMembers = ["type", "title", "status", "detail", "instance", "errors", "traceId"];

    /// <summary>The problem's other members (RFC 9457 extensions), such as an import's per-row errors.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; init; } = new Dictionary<string, JsonElement>();

    public string Message => Detail ?? Title;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var errors = body.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.Deserialize<Dictionary<string, string[]>>() ?? []
                : [];
            return new ApiProblem(response.StatusCode, Text(body, "title") ?? response.ReasonPhrase ?? "Error", Text(body, "detail"), errors)
            {
                Extensions = body.ValueKind != JsonValueKind.Object ? new Dictionary<string, JsonElement>()
                    : body.EnumerateObject().Where(p => !StandardMembers.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.Clone()),
            };
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return new ApiProblem(response.StatusCode, response.ReasonPhrase ?? "Error", null, new Dictionary<string, string[]>());
        }
    }

    public static ApiProblem Unreachable(Exception ex) =>
        new(HttpStatusCode.ServiceUnavailable, "The service is unavailable", $"Please try again in a moment ({ex.Message}).", new Dictionary<string, string[]>());

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A value, or the problem the API answered instead.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static async Task<ApiResult<T>> FromAsync(Task<HttpResponseMessage> call, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await call;
            if (!response.IsSuccessStatusCode)
                return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken));
            return new ApiResult<T>(response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(cancellationToken), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return new ApiResult<T>(default, ApiProblem.Unreachable(ex));
        }
    }
}
