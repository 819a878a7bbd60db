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

    public Task<ApiResult<DesignResponse>> UpdateAsync(Guid id, UpdateDesignRequest request, CancellationToken cancellationToken) =>
        ApiResult<DesignResponse>.FromAsync(http.PatchAsJsonAsync($"/api/designs/{id}", request, cancellationToken), cancellationToken);

    public Task<ApiResult<DesignResponse>> DuplicateAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<DesignResponse>.FromAsync(http.PostAsync($"/api/designs/{id}/duplicate", null, cancellationToken), cancellationToken);

    public Task<ApiResult<DesignResponse>> SaveAsTemplateAsync(Guid id, SaveAsTemplateRequest request, CancellationToken cancellationToken) =>
        ApiResult<DesignResponse>.FromAsync(http.PostAsJsonAsync($"/api/designs/{id}/template", request, cancellationToken), cancellationToken);

    public Task<ApiResult<object>> TrashAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<object>.FromAsync(http.DeleteAsync($"/api/designs/{id}", cancellationToken), cancellationToken);

    public Task<ApiResult<DesignSummary[]>> TrashedAsync(CancellationToken cancellationToken) =>
        ApiResult<DesignSummary[]>.FromAsync(http.GetAsync("/api/designs/trash", cancellationToken), cancellationToken);

    public Task<ApiResult<DesignSummary>> RestoreFromTrashAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<DesignSummary>.FromAsync(http.PostAsync($"/api/designs/{id}/restore", null, cancellationToken), cancellationToken);

    public Task<ApiResult<DesignVersionSummary[]>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<DesignVersionSummary[]>.FromAsync(http.GetAsync($"/api/designs/{id}/versions", cancellationToken), cancellationToken);

    public Task<ApiResult<DesignVersionSummary>> SaveVersionAsync(Guid id, CreateDesignVersionRequest request, CancellationToken cancellationToken) =>
        ApiResult<DesignVersionSummary>.FromAsync(http.PostAsJsonAsync($"/api/designs/{id}/versions", request, cancellationToken), cancellationToken);

    public Task<ApiResult<DesignStepResponse>> RestoreVersionAsync(Guid id, int number, DesignStepRequest request, CancellationToken cancellationToken) =>
        ApiResult<DesignStepResponse>.FromAsync(http.PostAsJsonAsync($"/api/designs/{id}/versions/{number}/restore", request, cancellationToken), cancellationToken);

    /// <summary>A request about one design (a file, an edit), as the API answered, for passing through to the browser.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, Guid id, string pathAndQuery, HttpContent? content, CancellationToken cancellationToken) =>
        http.SendAsync(new HttpRequestMessage(method, $"/api/designs/{id}{pathAndQuery}") { Content = content }, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
