using System.Net.Http.Json;
using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>
/// The whole distributed app (PostgreSQL, api, workers, web, dashboard), started in-process through the AppHost's
/// own code as Aspire.Hosting.Testing does, on free ports and a throwaway data directory.
/// </summary>
public class DistributedAppFixture : IAsyncLifetime
{
    private readonly StringWriter _output = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fw-app-{Guid.NewGuid():N}");

    public DistributedApplication App { get; private set; } = null!;

    public FashionWalletApp Model { get; private set; } = null!;

    /// <summary>What the AppHost printed: progress, warnings, errors.</summary>
    public string Output => _output.ToString();

    public virtual async ValueTask InitializeAsync()
    {
        (App, Model) = Create(DataDirectory, _output);
        try
        {
            await App.StartAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The app did not start:\n{Output}", ex);
        }
    }

    /// <summary>An app on free ports with a throwaway, non-durable cluster; workers take over a lost job within seconds.</summary>
    public static (DistributedApplication App, FashionWalletApp Model) Create(
        string dataDirectory, TextWriter output, Action<AppHostOptions>? configure = null, params string[] args)
    {
        var builder = DistributedApplicationBuilder.Create(args, options =>
        {
            options.DataDirectory = dataDirectory;
            options.DashboardPort = 0;
            options.ApiPort = 0;
            options.WebPort = 0;
            options.WorkersPort = 0;
            configure?.Invoke(options);
        }, output);
        var model = FashionWalletApp.Define(builder);
        model.Postgres.Durable = false;
        model.Workers.WithEnvironment("Jobs__LeaseSeconds", "3").WithEnvironment("Jobs__PollIntervalSeconds", "0.5");
        // Every test request comes from 127.0.0.1: per-address limits are tested in BruteForceTests, not here.
        model.Api.WithEnvironment("Accounts__BootstrapAdminEmail", AdminEmail)
            .WithEnvironment("Accounts__RateLimits__RegistrationsPerIpPerHour", "1000")
            .WithEnvironment("Accounts__RateLimits__SignInsPerIpPer15Minutes", "1000")
            .WithEnvironment("Accounts__RateLimits__RecoveryRequestsPerIpPerHour", "1000");
        return (builder.Build(), model);
    }

    public const string AdminEmail = "admin@fashionwallet.test";
    public const string Password = ApiFactory.Password;

    private readonly SemaphoreSlim _adminGate = new(1, 1);
    private string? _adminAccessToken;

    /// <summary>The bootstrap admin's access token (signed up through the API and the dev mailbox on first use).</summary>
    public async Task<string> AdminAccessTokenAsync()
    {
        await _adminGate.WaitAsync();
        try
        {
            return _adminAccessToken ??= (await SignUpAsync(AdminEmail, "Ada Admin")).GetProperty("accessToken").GetString()!;
        }
        finally
        {
            _adminGate.Release();
        }
    }

    /// <summary>Registers through the API, confirms through the link in the dev mailbox, signs in; returns the token response.</summary>
    public async Task<System.Text.Json.JsonElement> SignUpAsync(string email, string displayName)
    {
        using var api = CreateHttpClient("api");
        (await api.PostAsJsonAsync("/api/accounts/register", new { email, password = Password, displayName, acceptTerms = true })).EnsureSuccessStatusCode();
        var token = await VerificationTokenAsync(email);
        (await api.PostAsJsonAsync("/api/accounts/verify-email", new { token })).EnsureSuccessStatusCode();
        var signIn = await api.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = Password });
        signIn.EnsureSuccessStatusCode();
        return await signIn.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    /// <summary>A new person, signed up through the API and signed in to the web app in a fresh browser page.</summary>
    public async Task<(Microsoft.Playwright.IPage Page, Uri Web, string Email, System.Text.Json.JsonElement Tokens)> SignedInPageAsync(BrowserFixture browser, string displayName)
    {
        var email = $"{displayName.Split(' ')[0].ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        var tokens = await SignUpAsync(email, displayName);
        var web = App.GetEndpoint("web");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, web, email, Password);
        return (page, web, email, tokens);
    }

    public async Task<string> VerificationTokenAsync(string email)
    {
        using var api = CreateHttpClient("api");
        var messages = await api.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        var text = messages!.First(m => m.GetProperty("purpose").GetString() == "verify_email").GetProperty("text").GetString()!;
        return System.Text.RegularExpressions.Regex.Match(text, @"token=([A-Za-z0-9_-]{43})").Groups[1].Value;
    }

    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateHttpClient("api");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await AdminAccessTokenAsync());
        return client;
    }

    public HttpClient CreateHttpClient(string resource) => new() { BaseAddress = App.GetEndpoint(resource), Timeout = TimeSpan.FromSeconds(30) };

    public virtual async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<DistributedAppFixture>
{
    public const string Name = "distributed app";
}
