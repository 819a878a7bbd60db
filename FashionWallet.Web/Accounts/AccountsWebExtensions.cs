using FashionWallet.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace FashionWallet.Web.Accounts;

public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Where the keys that encrypt session cookies are kept, so sessions survive a restart; in memory when empty.</summary>
    public string? KeysDirectory { get; set; }
}

public static class AccountsWebExtensions
{
    public static IHostApplicationBuilder AddWebAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStrictOptions<DataProtectionOptions>(DataProtectionOptions.Section);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("FashionWallet.Web");
        if (builder.Configuration[$"{DataProtectionOptions.Section}:KeysDirectory"] is { Length: > 0 } keys)
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));

        builder.Services.AddAuthentication(WebSession.Scheme).AddCookie(WebSession.Scheme, options =>
        {
            options.Cookie.Name = "fw.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/account/sign-in";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ApiTokenHandler>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddHttpClient<AccountsClient>(client => client.BaseAddress = new Uri("http://api")).AddHttpMessageHandler<ApiTokenHandler>();
        return builder;
    }

    public static WebApplication UseWebAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<SessionRefreshMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Sign-out is a POST with an antiforgery token (a link could be triggered by another site).</summary>
    public static IEndpointRouteBuilder MapWebAccounts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", async (HttpContext http, IAntiforgery antiforgery, AccountsClient accounts) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest();
            if (http.User.Identity?.IsAuthenticated == true)
                await accounts.SignOutAsync(http.RequestAborted);
            await http.SignOutAsync(WebSession.Scheme);
            return Results.LocalRedirect("/");
        });
        return app;
    }
}
