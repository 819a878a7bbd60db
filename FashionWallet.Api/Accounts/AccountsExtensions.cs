using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace FashionWallet.Api.Accounts;

public static class AccountsExtensions
{
    /// <summary>Accounts and the security every slice relies on: bearer authentication, role policies (signed in by
    /// default), rate limits, and the services behind the account endpoints.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStrictOptions<AccountOptions>(AccountOptions.Section)
            .Validate(options => AccessTokens.DecodeKey(options.Jwt.SigningKey).Length >= 32, "Accounts:Jwt:SigningKey must be base64 of at least 32 bytes.");

        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<AccessTokens>();
        builder.Services.AddSingleton<SessionValidator>();
        builder.Services.AddSingleton(AccountLinks.FromConfiguration(builder.Configuration));
        builder.Services.AddScoped<AccountServices>();
        builder.Services.AddAccountRateLimits();
        builder.Services.AddHostedService<BootstrapAdmin>();
        return builder;
    }
}
