using System.Net.Http.Json;
using FashionWallet.Designs;
using FashionWallet.Web.Api;

namespace FashionWallet.Web.Designs;

/// <summary>The API's design endpoints, called as the signed-in person.</summary>
public sealed class DesignsClient(HttpClient http)
{
    public Task<ApiResult<DesignPage>> ListAsync(string? text, Guid? folderId, CancellationToken cancellationToken)
    {
        var query = $"?sort=updated&desc=true&pageSize=48&q={Uri.EscapeDataString(text ?? "")}{(folderId is { } folder ? $"&folderId={folder}" : "")}";
        return ApiResult<DesignPage>.FromAsync(http.GetAsync($"/api/designs{query}", cancellationToken), cancellationToken);
    }

    public Task<ApiResult<DesignSummary[]>> TemplatesAsync(CancellationToken cancellationToken) =>
        ApiResult<DesignSummary[]>.FromAsync(http.GetAsync("/api/designs/templates", cancellationToken), cancellationToken);

    public Task<ApiResult<DesignFolderResponse[]>> FoldersAsync(CancellationToken cancellationToken) =>
        ApiResult<DesignFolderResponse[]>.FromAsync(http.GetAsync("/api/designs/folders", cancellationToken), cancellationToken);

    public Task<ApiResult<DesignResponse>> CreateAsync(CreateDesignRequest request, CancellationToken cancellationToken) =>
        ApiResult<DesignResponse>.FromAsync(http.PostAsJsonAsync("/api/designs", request, cancellationToken), cancellationToken);

    public Task<ApiResult<DesignResponse>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<DesignResponse>.FromAsync(http.GetAsync($"/api/designs/{id}", cancellationToken), cancellationToken);

    /// <summary>A request about one design (a file, an edit), as the API answered, for passing through to the browser.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, Guid id, string pathAndQuery, HttpContent? content, CancellationToken cancellationToken) =>
        http.SendAsync(new HttpRequestMessage(method, $"/api/designs/{id}{pathAndQuery}") { Content = content }, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
