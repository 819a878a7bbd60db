namespace FashionWallet.Api.Designs;

public static class DesignStudioExtensions
{
    /// <summary>What the studio needs besides editing: previews kept in the blob store, and starter templates.</summary>
    public static IHostApplicationBuilder AddDesignStudio(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DesignPreviews>();
        builder.Services.AddHostedService<StarterTemplates>();
        return builder;
    }
}
