using FashionWallet.Api.Accounts;
using FashionWallet.Api.Avatars;
using FashionWallet.Api.Catalog;
using FashionWallet.Api.Designs;
using FashionWallet.Api.Jobs;
using FashionWallet.Api.OpenApi;
using FashionWallet.Api.Platform;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFashionWalletDatabase(applyMigrations: true);
builder.AddAccounts();
builder.AddCatalog();
builder.AddAvatars();
builder.AddDesigns();
builder.AddDesignStudio();
builder.AddApiDocumentation();
builder.Services.AddValidation();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapDefaultEndpoints();
app.MapApiDocumentation();
app.MapAccountsApi();
app.MapAccountAdminApi(app.Environment.IsDevelopment());
app.MapCatalogApi();
app.MapAvatarsApi();
app.MapDesignsApi();
app.MapJobsApi();
app.MapPlatformApi();
app.VerifyEveryEndpointDeclaresAccess();

app.Run();
