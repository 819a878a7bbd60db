using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.Accounts;
using FashionWallet.Api.Accounts;
using FashionWallet.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Tests.Accounts;

/// <summary>Every account flow through the real API on a real PostgreSQL.</summary>
public sealed class AccountFlowTests(AccountFlowTests.Factory api) : IClassFixture<AccountFlowTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_registers_confirms_their_address_signs_in_and_sees_their_profile()
    {
        var email = ApiFactory.UniqueEmail("ada");
        using var client = api.Client();

        var registered = await client.PostAsJsonAsync("/api/accounts/register",
            new { email = email.ToUpperInvariant(), password = ApiFactory.Password, displayName = "  Ada   Lovelace ", acceptTerms = true }, Cancel);
        var beforeVerifying = await client.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = ApiFactory.Password }, Cancel);
        var verification = await api.LastEmailToAsync(email, "verify_email");
        var verified = await client.PostAsJsonAsync("/api/accounts/verify-email", new { token = ApiFactory.TokenFrom(verification!) }, Cancel);
        var tokens = await api.SignInAsync(email);
        using var signedIn = api.Client(tokens.AccessToken);
        var profile = await signedIn.GetFromJsonAsync<ProfileResponse>("/api/accounts/me", Cancel);

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, beforeVerifying.StatusCode);
        Assert.Equal("email_not_verified", (await beforeVerifying.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(900, tokens.ExpiresIn);
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(email, profile!.Email);
        Assert.Equal("Ada Lovelace", profile.DisplayName);
        Assert.Equal(Roles.Designer, profile.Role);
        Assert.True(profile.EmailVerified);
        Assert.Contains("http://web.test/account/verify?token=", verification!.TextBody);
    }

    [Fact]
    public async Task Registering_a_taken_address_in_any_case_answers_alike_and_creates_nothing()
    {
        var email = ApiFactory.UniqueEmail("taken");
        await api.SignUpAsync(email);
        using var client = api.Client();

        var first = await client.PostAsJsonAsync("/api/accounts/register", new { email = ApiFactory.UniqueEmail("fresh"), password = ApiFactory.Password, displayName = "New", acceptTerms = true }, Cancel);
        var duplicate = await client.PostAsJsonAsync("/api/accounts/register", new { email = email.ToUpperInvariant(), password = "Other-Pass#2026", displayName = "Eve", acceptTerms = true }, Cancel);

        Assert.Equal(first.StatusCode, duplicate.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await duplicate.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(1, await api.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email, Cancel)));
        Assert.NotNull(await api.LastEmailToAsync(email, "already_registered"));
        await api.SignInAsync(email); // the original password still works
    }

    [Fact]
    public async Task Bad_registrations_name_each_field_and_store_nothing()
    {
        using var client = api.Client();
        var before = await api.WithDbAsync(db => db.Users.CountAsync(Cancel));

        var weak = await client.PostAsJsonAsync("/api/accounts/register", new { email = "not-an-email", password = "password", displayName = "<b>x</b>", acceptTerms = false }, Cancel);
        var oversized = await client.PostAsJsonAsync("/api/accounts/register", new { email = new string('a', 300) + "@example.com", password = new string('A', 200) + "1!a", displayName = new string('n', 101), acceptTerms = true }, Cancel);
        var malformed = await client.PostAsync("/api/accounts/register", new StringContent("{\"email\": \"a@b.com\", \"password\": ", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var wrongType = await client.PostAsync("/api/accounts/register", new StringContent("{\"acceptTerms\": \"yes please\"}", System.Text.Encoding.UTF8, "application/json"), Cancel);

        var weakErrors = await Errors(weak);
        Assert.Equal(["acceptTerms", "displayName", "email", "password"], weakErrors.Keys.Order());
        Assert.Contains(weakErrors["password"], p => p.Contains("common", StringComparison.Ordinal));
        Assert.Equal(["displayName", "email", "password"], (await Errors(oversized)).Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("acceptTerms", (await Errors(wrongType)).Keys);
        Assert.Equal(before, await api.WithDbAsync(db => db.Users.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_presenting_a_used_one_ends_the_whole_session()
    {
        var email = ApiFactory.UniqueEmail("thief");
        var tokens = await api.SignUpAsync(email);
        using var client = api.Client();

        var rotated = await (await client.PostAsJsonAsync("/api/accounts/token/refresh", new { refreshToken = tokens.RefreshToken }, Cancel)).Content.ReadFromJsonAsync<TokenResponse>(Cancel);
        using var withRotated = api.Client(rotated!.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await withRotated.GetAsync("/api/accounts/me", Cancel)).StatusCode);

        // The stolen copy of the first refresh token is presented again.
        var replay = await client.PostAsJsonAsync("/api/accounts/token/refresh", new { refreshToken = tokens.RefreshToken }, Cancel);
        var afterReplay = await withRotated.GetAsync("/api/accounts/me", Cancel);
        var legitimateRefresh = await client.PostAsJsonAsync("/api/accounts/token/refresh", new { refreshToken = rotated.RefreshToken }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, legitimateRefresh.StatusCode);
        Assert.Equal(1, await api.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Email == email && a.Event == AuditEvents.RefreshTokenReuse && a.Severity == AuditSeverity.High, Cancel)));
    }

    [Fact]
    public async Task Tampered_expired_and_foreign_tokens_get_401_with_the_reason()
    {
        var tokens = await api.SignUpAsync(ApiFactory.UniqueEmail("tamper"));
        var parts = tokens.AccessToken.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        var promoted = JsonSerializer.Serialize(payload.ToDictionary(p => p.Key, p => p.Key == "role" ? (object)"admin" : p.Value));
        var tampered = $"{parts[0]}.{Base64UrlEncode(promoted)}.{parts[2]}";
        var unsigned = $"{Base64UrlEncode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
        var user = await api.WithDbAsync(db => db.Users.FirstAsync(u => u.Id == tokens.User.Id, Cancel));
        var session = await api.WithDbAsync(db => db.Sessions.FirstAsync(s => s.UserId == user.Id, Cancel));
        var expired = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<AccessTokens>(api.Services)
            .Create(user, session.Id, DateTimeOffset.UtcNow.AddHours(-1));

        foreach (var (token, reason) in new[] { (tampered, "signature"), (unsigned, "not valid"), (expired, "expired"), (tokens.RefreshToken, "not valid") })
        {
            using var client = api.Client(token);
            var response = await client.GetAsync("/api/accounts/me", Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
            Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_once_and_everywhere_ends_them_all()
    {
        var email = ApiFactory.UniqueEmail("signout");
        var laptop = await api.SignUpAsync(email);
        var phone = await api.SignInAsync(email);
        var tablet = await api.SignInAsync(email);
        using var laptopClient = api.Client(laptop.AccessToken);
        using var phoneClient = api.Client(phone.AccessToken);
        using var tabletClient = api.Client(tablet.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, (await laptopClient.PostAsync("/api/accounts/sign-out", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptopClient.GetAsync("/api/accounts/me", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phoneClient.GetAsync("/api/accounts/me", Cancel)).StatusCode);
        Assert.Equal(2, (await phoneClient.GetFromJsonAsync<SessionResponse[]>("/api/accounts/me/sessions", Cancel))!.Length);

        Assert.Equal(HttpStatusCode.NoContent, (await phoneClient.PostAsync("/api/accounts/sign-out?everywhere=true", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tabletClient.GetAsync("/api/accounts/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_the_other_devices()
    {
        var email = ApiFactory.UniqueEmail("change");
        var here = await api.SignUpAsync(email);
        var elsewhere = await api.SignInAsync(email);
        using var client = api.Client(here.AccessToken);

        var wrongCurrent = await client.PostAsJsonAsync("/api/accounts/me/password", new { currentPassword = "Not-It#2026", newPassword = "New-Hemline#77" }, Cancel);
        var weakNew = await client.PostAsJsonAsync("/api/accounts/me/password", new { currentPassword = ApiFactory.Password, newPassword = "short" }, Cancel);
        var changed = await client.PostAsJsonAsync("/api/accounts/me/password", new { currentPassword = ApiFactory.Password, newPassword = "New-Hemline#77" }, Cancel);
        using var other = api.Client(elsewhere.AccessToken);

        Assert.Equal(["currentPassword"], (await Errors(wrongCurrent)).Keys);
        Assert.Equal(["newPassword"], (await Errors(weakNew)).Keys);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/accounts/me", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/accounts/me", Cancel)).StatusCode);
        await api.SignInAsync(email, "New-Hemline#77");
        Assert.NotNull(await api.LastEmailToAsync(email, "password_changed"));
    }

    [Fact]
    public async Task Profile_changes_are_validated_and_saved()
    {
        var tokens = await api.SignUpAsync(ApiFactory.UniqueEmail("profile"));
        using var client = api.Client(tokens.AccessToken);

        var invalid = await client.PatchAsJsonAsync("/api/accounts/me", new { displayName = "", preferredUnits = "furlongs" }, Cancel);
        var saved = await client.PatchAsJsonAsync("/api/accounts/me", new { displayName = "Coco", preferredUnits = "imperial" }, Cancel);
        var profile = await saved.Content.ReadFromJsonAsync<ProfileResponse>(Cancel);

        Assert.Equal(["displayName", "preferredUnits"], (await Errors(invalid)).Keys.Order());
        Assert.Equal(("Coco", "imperial"), (profile!.DisplayName, profile.PreferredUnits));
    }

    [Fact]
    public async Task Changing_the_email_address_takes_effect_only_when_the_new_address_confirms()
    {
        var email = ApiFactory.UniqueEmail("old");
        var newEmail = ApiFactory.UniqueEmail("new");
        var taken = ApiFactory.UniqueEmail("taken");
        await api.SignUpAsync(taken);
        var tokens = await api.SignUpAsync(email);
        using var client = api.Client(tokens.AccessToken);

        var wrongPassword = await client.PostAsJsonAsync("/api/accounts/me/email", new { newEmail, password = "Not-It#2026" }, Cancel);
        var requested = await client.PostAsJsonAsync("/api/accounts/me/email", new { newEmail, password = ApiFactory.Password }, Cancel);
        var stillOld = await client.GetFromJsonAsync<ProfileResponse>("/api/accounts/me", Cancel);
        var confirmation = await api.LastEmailToAsync(newEmail, "change_email");
        var confirmed = await api.Client().PostAsJsonAsync("/api/accounts/email/confirm", new { token = ApiFactory.TokenFrom(confirmation!) }, Cancel);
        var toTaken = await client.PostAsJsonAsync("/api/accounts/me/email", new { newEmail = taken, password = ApiFactory.Password }, Cancel);

        Assert.Equal(["password"], (await Errors(wrongPassword)).Keys);
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(email, stillOld!.Email);
        Assert.NotNull(await api.LastEmailToAsync(email, "email_change_requested"));
        Assert.Equal(newEmail, (await confirmed.Content.ReadFromJsonAsync<ProfileResponse>(Cancel))!.Email);
        Assert.Equal(HttpStatusCode.Accepted, toTaken.StatusCode);
        Assert.Null(await api.LastEmailToAsync(taken, "change_email"));
        await api.SignInAsync(newEmail);
    }

    [Fact]
    public async Task Forgetting_a_password_answers_alike_for_every_address_and_a_reset_link_works_once()
    {
        var email = ApiFactory.UniqueEmail("forgot");
        var signedIn = await api.SignUpAsync(email);
        using var client = api.Client();
        await using var worker = await WorkerHost.StartAccountsAsync(api.ConnectionString);

        var known = await client.PostAsJsonAsync("/api/accounts/password/forgot", new { email }, Cancel);
        var unknown = await client.PostAsJsonAsync("/api/accounts/password/forgot", new { email = ApiFactory.UniqueEmail("nobody") }, Cancel);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(Cancel), await unknown.Content.ReadAsStringAsync(Cancel));

        OutboxEmail? reset = null;
        await Platform.JobQueueTests.WaitUntilAsync(async () => (reset = await api.LastEmailToAsync(email, "reset_password")) is not null, TimeSpan.FromSeconds(20));
        var token = ApiFactory.TokenFrom(reset!);
        var weak = await client.PostAsJsonAsync("/api/accounts/password/reset", new { token, newPassword = "weak" }, Cancel);
        var done = await client.PostAsJsonAsync("/api/accounts/password/reset", new { token, newPassword = "Fresh-Seam#2027" }, Cancel);
        var again = await client.PostAsJsonAsync("/api/accounts/password/reset", new { token, newPassword = "Other-Seam#2027" }, Cancel);
        var forged = await client.PostAsJsonAsync("/api/accounts/password/reset", new { token = "x' or '1'='1", newPassword = "Other-Seam#2027" }, Cancel);
        using var oldSession = api.Client(signedIn.AccessToken);

        Assert.Equal(["newPassword"], (await Errors(weak)).Keys);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(["token"], (await Errors(again)).Keys);
        Assert.Equal(["token"], (await Errors(forged)).Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldSession.GetAsync("/api/accounts/me", Cancel)).StatusCode);
        await api.SignInAsync(email, "Fresh-Seam#2027");
        Assert.Equal(2, await api.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Event == AuditEvents.PasswordResetRequested && a.OccurredAt > DateTimeOffset.UtcNow.AddMinutes(-1) && (a.Email == email || a.Email!.StartsWith("nobody")), Cancel)));
    }

    [Fact]
    public async Task Deleting_the_account_needs_the_password_and_removes_the_persons_data()
    {
        var email = ApiFactory.UniqueEmail("leaving");
        var tokens = await api.SignUpAsync(email);
        using var client = api.Client(tokens.AccessToken);

        var wrong = await client.PostAsJsonAsync("/api/accounts/me/delete", new { password = "Not-It#2026" }, Cancel);
        var deleted = await client.PostAsJsonAsync("/api/accounts/me/delete", new { password = ApiFactory.Password }, Cancel);
        var after = await client.GetAsync("/api/accounts/me", Cancel);

        Assert.Equal(["password"], (await Errors(wrong)).Keys);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.False(await api.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == tokens.User.Id, Cancel)));
        Assert.False(await api.WithDbAsync(db => db.Sessions.AnyAsync(s => s.UserId == tokens.User.Id, Cancel)));
        Assert.False(await api.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.UserId == tokens.User.Id && (a.Email != null || a.Ip != null), Cancel)));
        Assert.True(await api.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.UserId == tokens.User.Id && a.Event == AuditEvents.AccountDeleted, Cancel)));
        Assert.NotNull(await api.LastEmailToAsync(email, "account_deleted"));
    }

    [Fact]
    public async Task The_configured_first_admin_becomes_admin_on_confirming_and_admins_manage_roles_with_an_audit_trail()
    {
        var admin = await api.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ApiFactory.AdminEmail, Cancel))
            ? await api.SignInAsync(ApiFactory.AdminEmail)
            : await api.SignUpAsync(ApiFactory.AdminEmail, "Ada Admin");
        var designer = await api.SignUpAsync(ApiFactory.UniqueEmail("promoted"));
        using var adminClient = api.Client(admin.AccessToken);
        using var designerClient = api.Client(designer.AccessToken);

        var denied = await designerClient.GetAsync("/api/admin/audit", Cancel);
        var invalidRole = await adminClient.PutAsJsonAsync($"/api/admin/users/{designer.User.Id}/role", new { role = "overlord" }, Cancel);
        var promoted = await adminClient.PutAsJsonAsync($"/api/admin/users/{designer.User.Id}/role", new { role = "admin" }, Cancel);
        var nowAllowed = await designerClient.GetAsync("/api/admin/audit", Cancel);
        var audit = await adminClient.GetFromJsonAsync<AuditPage>($"/api/admin/audit?event=role_changed&userId={designer.User.Id}", Cancel);

        Assert.Equal(Roles.Admin, admin.User.Role);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(["role"], (await Errors(invalidRole)).Keys);
        Assert.Equal(HttpStatusCode.NoContent, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nowAllowed.StatusCode); // the role comes from the database, not the token
        var change = Assert.Single(audit!.Items);
        Assert.Equal(admin.User.Id, change.ActorId);
        Assert.Equal("designer", change.Details.GetProperty("from").GetString());
    }

    [Fact]
    public async Task The_audit_log_pages_newest_first_and_refuses_bad_filters()
    {
        var admin = await api.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ApiFactory.AdminEmail, Cancel))
            ? await api.SignInAsync(ApiFactory.AdminEmail)
            : await api.SignUpAsync(ApiFactory.AdminEmail, "Ada Admin");
        var email = ApiFactory.UniqueEmail("paged");
        var person = await api.SignUpAsync(email);
        for (var i = 0; i < 3; i++)
            await api.SignInAsync(email);
        using var client = api.Client(admin.AccessToken);

        var first = await client.GetFromJsonAsync<AuditPage>($"/api/admin/audit?userId={person.User.Id}&limit=2", Cancel);
        var second = await client.GetFromJsonAsync<AuditPage>($"/api/admin/audit?userId={person.User.Id}&limit=2&before={Uri.EscapeDataString(first!.Next!)}", Cancel);
        var badSeverity = await client.GetAsync("/api/admin/audit?severity=apocalyptic", Cancel);
        var badCursor = await client.GetAsync("/api/admin/audit?before=%27%20or%201%3D1", Cancel);
        var badId = await client.GetAsync("/api/admin/audit?userId=not-a-guid", Cancel);

        Assert.Equal(2, first.Items.Count);
        Assert.True(first.Items[0].OccurredAt >= first.Items[1].OccurredAt);
        Assert.True(second!.Items[0].OccurredAt <= first.Items[1].OccurredAt);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(["severity"], (await Errors(badSeverity)).Keys);
        Assert.Equal(["before"], (await Errors(badCursor)).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
    }

    internal static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static string Base64UrlEncode(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=')));
    }
}
