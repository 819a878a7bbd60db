using FashionWallet.Database;
using FashionWallet.Workers.Accounts;
using FashionWallet.Workers.Avatars;
using FashionWallet.Workers.Catalog;
using FashionWallet.Workers.Designs;
using FashionWallet.Workers.Jobs;
using FashionWallet.Workers.Platform;
using FashionWallet.Workers.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFashionWalletDatabase(applyMigrations: true);
builder.AddJobs();
builder.AddPlatformJobs();
builder.AddAccountsJobs();
builder.AddCatalogJobs();
builder.AddStorageJobs();
builder.AddAvatarAnalysis();
builder.AddAvatarJobs();
builder.AddDesignJobs();

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();
