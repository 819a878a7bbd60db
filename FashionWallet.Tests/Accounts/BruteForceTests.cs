using System.Net;
using System.Net.Http.Json;
using FashionWallet.Accounts;
using FashionWallet.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Tests.Accounts;

/// <summary>Lockout and rate limits with the production defaults (each test plays its own client addresses).</summary>
public sealed class BruteForceTests(BruteForceTests.Factory api) : IClassFixture<BruteForceTests.Factory>
{
    /// <summary>Production limits, except that the per-account limit sits above the lockout so each can be seen alone.</summary>
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres)
    {
        protected override Dictionary<string, string?> Settings => new() { ["Accounts:RateLimits:SignInsPerAccountPer15Minutes"] = "8" };
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_an_hour_even_for_the_right_password()
    {
        var email = ApiFactory.UniqueEmail("victim");
        await SignUpFromAsync(email, "198.51.100.1");
        using var attacker = api.Client(ip: "198.51.100.2");

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            wrong.Add((await attacker.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = $"Guess-{i}#Nope" }, Cancel)).StatusCode);
        var right = await attacker.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = ApiFactory.Password }, Cancel);

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(int.Parse(right.Headers.RetryAfter!.ToString()), 3500, 3600);
        var audit = await api.WithDbAsync(db => db.AuditEvents.Where(a => a.Email == email).Select(a => a.Event).ToListAsync(Cancel));
        Assert.Contains(AuditEvents.LockedOut, audit);
        Assert.Equal(6, audit.Count(e => e == AuditEvents.SignInFailed)); // five wrong passwords and the attempt while locked
    }

    [Fact]
    public async Task Unknown_addresses_are_throttled_like_real_ones_so_throttling_reveals_nothing()
    {
        var nobody = ApiFactory.UniqueEmail("nobody");
        using var client = api.Client(ip: "198.51.100.3");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/accounts/sign-in", new { email = nobody, password = $"Guess-{i}#Nope" }, Cancel)).StatusCode);

        Assert.All(statuses.Take(8), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[8]);
    }

    [Fact]
    public async Task One_client_address_gets_20_sign_in_attempts_per_15_minutes_and_others_are_unaffected()
    {
        using var hammering = api.Client(ip: "198.51.100.4");
        using var bystander = api.Client(ip: "198.51.100.5");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
            statuses.Add((await hammering.PostAsJsonAsync("/api/accounts/sign-in", new { email = ApiFactory.UniqueEmail("spray"), password = "Guess-1#Nope" }, Cancel)).StatusCode);
        var limited = await hammering.PostAsJsonAsync("/api/accounts/sign-in", new { email = ApiFactory.UniqueEmail("spray"), password = "Guess-1#Nope" }, Cancel);
        var other = await bystander.PostAsJsonAsync("/api/accounts/sign-in", new { email = ApiFactory.UniqueEmail("spray"), password = "Guess-1#Nope" }, Cancel);

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task One_client_address_can_register_three_accounts_an_hour()
    {
        using var client = api.Client(ip: "198.51.100.6");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/accounts/register", new { email = ApiFactory.UniqueEmail("bulk"), password = ApiFactory.Password, displayName = "Bulk", acceptTerms = true }, Cancel)).StatusCode);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task An_admin_can_lift_a_lockout()
    {
        var email = ApiFactory.UniqueEmail("unlock");
        var person = await SignUpFromAsync(email, "198.51.100.7");
        await api.WithDbAsync(async db =>
        {
            var user = await db.Users.AsTracking().FirstAsync(u => u.Email == email, Cancel);
            user.LockedUntil = DateTimeOffset.UtcNow.AddHours(1);
            return await db.SaveChangesAsync(Cancel);
        });
        var admin = await api.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ApiFactory.AdminEmail, Cancel))
            ? await SignInFromAsync(ApiFactory.AdminEmail, "198.51.100.8")
            : await SignUpFromAsync(ApiFactory.AdminEmail, "198.51.100.8");
        using var adminClient = api.Client(admin.AccessToken, "198.51.100.8");
        using var client = api.Client(ip: "198.51.100.7");

        var locked = await client.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = ApiFactory.Password }, Cancel);
        var unlocked = await adminClient.PostAsync($"/api/admin/users/{person.User.Id}/unlock", null, Cancel);
        var signedIn = await client.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = ApiFactory.Password }, Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    private async Task<Api.Accounts.TokenResponse> SignUpFromAsync(string email, string ip)
    {
        using var client = api.Client(ip: ip);
        (await client.PostAsJsonAsync("/api/accounts/register", new { email, password = ApiFactory.Password, displayName = "Target", acceptTerms = true }, Cancel)).EnsureSuccessStatusCode();
        var verification = await api.LastEmailToAsync(email, "verify_email");
        (await client.PostAsJsonAsync("/api/accounts/verify-email", new { token = ApiFactory.TokenFrom(verification!) }, Cancel)).EnsureSuccessStatusCode();
        return await SignInFromAsync(email, ip);
    }

    private async Task<Api.Accounts.TokenResponse> SignInFromAsync(string email, string ip)
    {
        using var client = api.Client(ip: ip);
        var response = await client.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = ApiFactory.Password }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Api.Accounts.TokenResponse>(Cancel))!;
    }
}
