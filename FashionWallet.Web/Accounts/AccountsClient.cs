using System.Net.Http.Json;
using FashionWallet.Web.Api;

namespace FashionWallet.Web.Accounts;

/// <summary>The API's account endpoints. Calls carry the signed-in person's access token (see <see cref="ApiTokenHandler"/>).</summary>
public sealed class AccountsClient(HttpClient http)
{
    public Task<ApiResult<Accepted>> RegisterAsync(string? email, string? password, string? displayName, bool acceptTerms, CancellationToken cancellationToken) =>
        Post<Accepted>("/api/accounts/register", new { email, password, displayName, acceptTerms }, cancellationToken);

    public Task<ApiResult<UserProfile>> VerifyEmailAsync(string? token, CancellationToken cancellationToken) =>
        Post<UserProfile>("/api/accounts/verify-email", new { token }, cancellationToken);

    public Task<ApiResult<Accepted>> ResendVerificationAsync(string? email, CancellationToken cancellationToken) =>
        Post<Accepted>("/api/accounts/verify-email/resend", new { email }, cancellationToken);

    public Task<ApiResult<Tokens>> SignInAsync(string? email, string? password, bool rememberMe, CancellationToken cancellationToken) =>
        Post<Tokens>("/api/accounts/sign-in", new { email, password, rememberMe }, cancellationToken);

    public Task<ApiResult<Tokens>> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Post<Tokens>("/api/accounts/token/refresh", new { refreshToken }, cancellationToken);

    public Task<ApiResult<object>> SignOutAsync(CancellationToken cancellationToken) =>
        Post<object>("/api/accounts/sign-out", new { }, cancellationToken);

    public Task<ApiResult<Accepted>> ForgotPasswordAsync(string? email, CancellationToken cancellationToken) =>
        Post<Accepted>("/api/accounts/password/forgot", new { email }, cancellationToken);

    public Task<ApiResult<object>> ResetPasswordAsync(string? token, string? newPassword, CancellationToken cancellationToken) =>
        Post<object>("/api/accounts/password/reset", new { token, newPassword }, cancellationToken);

    public Task<ApiResult<UserProfile>> ConfirmEmailAsync(string? token, CancellationToken cancellationToken) =>
        Post<UserProfile>("/api/accounts/email/confirm", new { token }, cancellationToken);

    public Task<ApiResult<UserProfile>> GetProfileAsync(CancellationToken cancellationToken) =>
        ApiResult<UserProfile>.FromAsync(http.GetAsync("/api/accounts/me", cancellationToken), cancellationToken);

    public Task<ApiResult<UserProfile>> UpdateProfileAsync(string? displayName, string? preferredUnits, CancellationToken cancellationToken) =>
        ApiResult<UserProfile>.FromAsync(http.PatchAsJsonAsync("/api/accounts/me", new { displayName, preferredUnits }, cancellationToken), cancellationToken);

    public Task<ApiResult<object>> ChangePasswordAsync(string? currentPassword, string? newPassword, CancellationToken cancellationToken) =>
        Post<object>("/api/accounts/me/password", new { currentPassword, newPassword }, cancellationToken);

    public Task<ApiResult<Accepted>> ChangeEmailAsync(string? newEmail, string? password, CancellationToken cancellationToken) =>
        Post<Accepted>("/api/accounts/me/email", new { newEmail, password }, cancellationToken);

    public Task<ApiResult<object>> DeleteAccountAsync(string? password, CancellationToken cancellationToken) =>
        Post<object>("/api/accounts/me/delete", new { password }, cancellationToken);

    public Task<ApiResult<SessionInfo[]>> GetSessionsAsync(CancellationToken cancellationToken) =>
        ApiResult<SessionInfo[]>.FromAsync(http.GetAsync("/api/accounts/me/sessions", cancellationToken), cancellationToken);

    public Task<ApiResult<object>> EndSessionAsync(Guid id, CancellationToken cancellationToken) =>
        ApiResult<object>.FromAsync(http.DeleteAsync($"/api/accounts/me/sessions/{id}", cancellationToken), cancellationToken);

    public Task<ApiResult<MailboxMessage[]>> GetMailboxAsync(string? to, CancellationToken cancellationToken) =>
        ApiResult<MailboxMessage[]>.FromAsync(http.GetAsync($"/api/dev/mailbox?limit=100{(string.IsNullOrWhiteSpace(to) ? "" : $"&to={Uri.EscapeDataString(to)}")}", cancellationToken), cancellationToken);

    public Task<ApiResult<AuditPage>> GetAuditAsync(string query, CancellationToken cancellationToken) =>
        ApiResult<AuditPage>.FromAsync(http.GetAsync($"/api/admin/audit?{query}", cancellationToken), cancellationToken);

    private Task<ApiResult<T>> Post<T>(string path, object body, CancellationToken cancellationToken) =>
        ApiResult<T>.FromAsync(http.PostAsJsonAsync(path, body, cancellationToken), cancellationToken);
}
