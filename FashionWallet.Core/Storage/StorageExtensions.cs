using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FashionWallet.Storage;

public static class StorageExtensions
{
    /// <summary>The blob store from <c>Storage:Root</c> (the AppHost points it at <c>.data/blobs</c>).</summary>
    public static IHostApplicationBuilder AddBlobStorage(this IHostApplicationBuilder builder)
    {
        var root = builder.Configuration["Storage:Root"];
        if (string.IsNullOrWhiteSpace(root))
            throw new InvalidOperationException("Set Storage:Root to the directory where photos, models and exports are kept.");
        builder.Services.AddSingleton<IBlobStore>(new FileSystemBlobStore(root));
        return builder;
    }
}
