using FashionWallet.Api.Jobs;
using FashionWallet.Api.OpenApi;
using FashionWallet.Api.Platform;
using FashionWallet.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFashionWalletDatabase(applyMigrations: true);
builder.AddApiDocumentation();
builder.Services.AddValidation();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapDefaultEndpoints();
app.MapApiDocumentation();
app.MapJobsApi();
app.MapPlatformApi();

app.Run();
