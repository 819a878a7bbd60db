using FashionWallet.ServiceDefaults.Security;
using FashionWallet.Web.Accounts;
using FashionWallet.Web.Avatars;
using FashionWallet.Web.Catalog;
using FashionWallet.Web.Components;
using FashionWallet.Web.Designs;
using FashionWallet.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddRazorComponents();
builder.AddWebAccounts();
builder.AddPlatformClient();
builder.AddWebCatalog();
builder.AddWebAvatars();
builder.AddWebDesigns();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseWebAccounts();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapWebAccounts();
app.MapPlatformEndpoints();
app.MapWebCatalog();
app.MapWebAvatars();
app.MapWebDesigns();
app.MapRazorComponents<App>();

app.Run();
