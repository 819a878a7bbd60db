using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using FashionWallet.Accounts;
using FashionWallet.Api.Accounts;
using FashionWallet.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>
/// The real API in-process (TestServer) on its own fresh PostgreSQL database, with test secrets. X-Forwarded-For
/// is trusted from any peer so a test can play several client addresses.
/// </summary>
public class ApiFactory(PostgresFixture postgres) : WebApplicationFactory<AccountServices>, IAsyncLifetime
{
    public const string AdminEmail = "admin@fashionwallet.test";
    public const string Password = "Cutting-Table#42";

    private string _connectionString = "";
    private string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string _passwordPepper = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString => _connectionString;

    /// <summary>This API's blob store: a directory of its own, removed with it.</summary>
    public string BlobRoot { get; } = Path.Combine(Path.GetTempPath(), "fashionwallet-tests", "blobs", Guid.NewGuid().ToString("N"));

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Accounts:RateLimits:SignInsPerIpPer15Minutes"] = "10000",
        ["Accounts:RateLimits:SignInsPerAccountPer15Minutes"] = "10000",
        ["Accounts:RateLimits:RegistrationsPerIpPerHour"] = "10000",
        ["Accounts:RateLimits:RecoveryRequestsPerIpPerHour"] = "10000",
        ["Accounts:RateLimits:RecoveryRequestsPerAccountPerHour"] = "10000",
    };

    protected virtual string Environment => "Development";

    public async ValueTask InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync(postgres);
        _ = Server; // start now: migrations run, failures surface here
    }

    protected virtual Task<string> CreateDatabaseAsync(PostgresFixture postgres) => postgres.CreateDatabaseAsync(GetType().Name);

    /// <summary>Another instance of this API on the same database with the same secrets, as behind a load balancer; start it with InitializeAsync.</summary>
    public ApiFactory SecondInstance() => new SecondApi(postgres, this);

    private sealed class SecondApi : ApiFactory
    {
        private readonly ApiFactory _first;

        public SecondApi(PostgresFixture postgres, ApiFactory first) : base(postgres)
        {
            _first = first;
            (_signingKey, _passwordPepper) = (first._signingKey, first._passwordPepper);
        }

        protected override Dictionary<string, string?> Settings => _first.Settings;

        protected override string Environment => _first.Environment;

        protected override Task<string> CreateDatabaseAsync(PostgresFixture postgres) => Task.FromResult(_first.ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:fashionwallet", _connectionString);
        builder.UseSetting("Accounts:Jwt:SigningKey", _signingKey);
        builder.UseSetting("Accounts:PasswordPepper", _passwordPepper);
        builder.UseSetting("Accounts:LinkBaseUrl", "http://web.test/");
        builder.UseSetting("Accounts:BootstrapAdminEmail", AdminEmail);
        builder.UseSetting("Storage:Root", BlobRoot);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        }));
    }

    public HttpClient Client(string? accessToken = null, string? ip = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (accessToken is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (ip is not null)
            client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<FashionWalletDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FashionWalletDbContext>());
    }

    /// <summary>The newest email to an address, from the outbox (tests read the outbox, not logs).</summary>
    public Task<OutboxEmail?> LastEmailToAsync(string address, string? purpose = null) =>
        WithDbAsync(db => db.EmailOutbox.Where(m => m.ToAddress == address && (purpose == null || m.Purpose == purpose))
            .OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync());

    public static string TokenFrom(OutboxEmail email) =>
        System.Text.RegularExpressions.Regex.Match(email.TextBody, @"token=([A-Za-z0-9_-]{43})").Groups[1].Value;

    /// <summary>Registers through the API, confirms through the emailed link and signs in: a person as they really arrive.</summary>
    public async Task<TokenResponse> SignUpAsync(string email, string displayName = "Grace Hopper", string password = Password)
    {
        using var client = Client();
        (await client.PostAsJsonAsync("/api/accounts/register", new { email, password, displayName, acceptTerms = true })).EnsureSuccessStatusCode();
        var verification = await LastEmailToAsync(email, "verify_email") ?? throw new InvalidOperationException($"No verification email to {email}.");
        (await client.PostAsJsonAsync("/api/accounts/verify-email", new { token = TokenFrom(verification) })).EnsureSuccessStatusCode();
        return await SignInAsync(email, password);
    }

    public async Task<TokenResponse> SignInAsync(string email, string password = Password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/accounts/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.com";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(BlobRoot))
            Directory.Delete(BlobRoot, recursive: true);
        GC.SuppressFinalize(this);
    }
}
