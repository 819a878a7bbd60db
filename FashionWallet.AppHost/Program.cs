using FashionWallet.AppHost;
using FashionWallet.AppHost.Hosting;

try
{
    var builder = DistributedApplicationBuilder.Create(args);
    FashionWalletApp.Define(builder);
    await using var app = builder.Build();
    return await app.RunAsync();
}
catch (AppHostException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
