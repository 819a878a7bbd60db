using System.Net.Http.Headers;
using System.Net.Http.Json;
using FashionWallet.Avatars;
using FashionWallet.Web.Api;

namespace FashionWallet.Web.Avatars;

/// <summary>The API's avatar endpoints, called as the signed-in person.</summary>
public sealed class AvatarsClient(HttpClient http)
{
    public Task<ApiResult<AvatarResponse[]>> ListAsync(CancellationToken cancellationToken) =>
        ApiResult<AvatarResponse[]>.FromAsync(http.GetAsync("/api/avatars", cancellationToken), cancellationToken);

    public Task<ApiResult<AvatarResponse>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<AvatarResponse>.FromAsync(http.GetAsync($"/api/avatars/{id}", cancellationToken), cancellationToken);

    /// <summary>Sends the photos and stated values of a form on to the API: a new avatar, or new photos for one.</summary>
    public Task<ApiResult<AvatarAccepted>> SubmitPhotosAsync(
        Guid? avatarId, IReadOnlyDictionary<string, string> fields, IFormFileCollection files, string idempotencyKey, CancellationToken cancellationToken)
    {
        var content = new MultipartFormDataContent();
        foreach (var (field, value) in fields)
            content.Add(new StringContent(value), field);
        foreach (var view in new[] { "front", "side" })
        {
            if (files.GetFile(view) is { Length: > 0 } file)
            {
                var part = new StreamContent(file.OpenReadStream());
                part.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
                content.Add(part, view, file.FileName);
            }
        }
        var request = new HttpRequestMessage(HttpMethod.Post, avatarId is null ? "/api/avatars" : $"/api/avatars/{avatarId}/runs") { Content = content };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return ApiResult<AvatarAccepted>.FromAsync(http.SendAsync(request, cancellationToken), cancellationToken);
    }

    public Task<ApiResult<AvatarResponse>> UpdateAsync(Guid id, UpdateAvatarRequest request, CancellationToken cancellationToken) =>
        ApiResult<AvatarResponse>.FromAsync(http.PatchAsJsonAsync($"/api/avatars/{id}", request, cancellationToken), cancellationToken);

    public Task<ApiResult<object>> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<object>.FromAsync(http.DeleteAsync($"/api/avatars/{id}", cancellationToken), cancellationToken);

    public Task<ApiResult<AvatarVersionResponse[]>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<AvatarVersionResponse[]>.FromAsync(http.GetAsync($"/api/avatars/{id}/versions", cancellationToken), cancellationToken);

    public Task<ApiResult<AvatarComparison>> CompareAsync(Guid id, int from, int to, CancellationToken cancellationToken) =>
        ApiResult<AvatarComparison>.FromAsync(http.GetAsync($"/api/avatars/{id}/versions/compare?from={from}&to={to}", cancellationToken), cancellationToken);

    public Task<ApiResult<AvatarVersionResponse>> EditAsync(Guid id, EditMeasurementsRequest request, CancellationToken cancellationToken) =>
        ApiResult<AvatarVersionResponse>.FromAsync(http.PostAsJsonAsync($"/api/avatars/{id}/versions", request, cancellationToken), cancellationToken);

    public Task<ApiResult<AvatarVersionResponse>> RestoreAsync(Guid id, int version, int baseVersion, CancellationToken cancellationToken) =>
        ApiResult<AvatarVersionResponse>.FromAsync(http.PostAsJsonAsync($"/api/avatars/{id}/versions/{version}/restore", new RestoreVersionRequest(baseVersion), cancellationToken), cancellationToken);

    /// <summary>A file of the avatar (model, measurements, photo), as the API answered, for passing through to the browser.</summary>
    public Task<HttpResponseMessage> FileAsync(Guid id, string pathAndQuery, CancellationToken cancellationToken) =>
        http.GetAsync($"/api/avatars/{id}/{pathAndQuery}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
