using System.Net.Http.Json;
using FashionWallet.Catalog;
using FashionWallet.Web.Api;

namespace FashionWallet.Web.Catalog;

/// <summary>The API's catalog endpoints, called as the signed-in person (admins also see drafts).</summary>
public sealed class CatalogClient(HttpClient http)
{
    public Task<ApiResult<CatalogSearchResult>> SearchAsync(string queryString, CancellationToken cancellationToken) =>
        ApiResult<CatalogSearchResult>.FromAsync(http.GetAsync($"/api/catalog/search?{queryString}", cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogSuggestion[]>> SuggestAsync(string? text, CancellationToken cancellationToken) =>
        ApiResult<CatalogSuggestion[]>.FromAsync(http.GetAsync($"/api/catalog/suggest?q={Uri.EscapeDataString(text ?? "")}", cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogItemResponse>> GetItemAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<CatalogItemResponse>.FromAsync(http.GetAsync($"/api/catalog/items/{id}", cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogSimilarItem[]>> SimilarAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<CatalogSimilarItem[]>.FromAsync(http.GetAsync($"/api/catalog/items/{id}/similar?limit=8", cancellationToken), cancellationToken);

    /// <summary>The item's thumbnail or texture, passed through to the browser (null when there is none).</summary>
    public async Task<string?> ArtworkAsync(Guid id, string file, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/catalog/items/{id}/{file}", cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken) : null;
    }

    public Task<ApiResult<CatalogItemResponse>> CreateAsync(CatalogItemRequest item, CancellationToken cancellationToken) =>
        ApiResult<CatalogItemResponse>.FromAsync(http.PostAsJsonAsync("/api/catalog/items", item, cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogItemResponse>> UpdateAsync(Guid id, int expectedVersion, CatalogItemRequest item, CancellationToken cancellationToken) =>
        ApiResult<CatalogItemResponse>.FromAsync(http.PutAsJsonAsync($"/api/catalog/items/{id}?expectedVersion={expectedVersion}", item, cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogItemResponse>> ChangeStatusAsync(Guid id, string action, CancellationToken cancellationToken) =>
        ApiResult<CatalogItemResponse>.FromAsync(http.PostAsync($"/api/catalog/items/{id}/{action}", null, cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogVersionSummary[]>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<CatalogVersionSummary[]>.FromAsync(http.GetAsync($"/api/catalog/items/{id}/versions", cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogItemResponse>> RestoreAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ApiResult<CatalogItemResponse>.FromAsync(http.PostAsync($"/api/catalog/items/{id}/versions/{version}/restore", null, cancellationToken), cancellationToken);

    public Task<ApiResult<CatalogImportReport>> ImportAsync(Stream file, string format, CancellationToken cancellationToken)
    {
        var content = new StreamContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(format == "csv" ? "text/csv" : "application/json");
        return ApiResult<CatalogImportReport>.FromAsync(http.PostAsync($"/api/catalog/import?format={format}", content, cancellationToken), cancellationToken);
    }

    public Task<HttpResponseMessage> ExportAsync(string format, CancellationToken cancellationToken) =>
        http.GetAsync($"/api/catalog/export?format={format}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
