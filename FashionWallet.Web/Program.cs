using FashionWallet.Web.Components;
using FashionWallet.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddRazorComponents();
builder.AddPlatformClient();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();

app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapPlatformEndpoints();
app.MapRazorComponents<App>();

app.Run();
