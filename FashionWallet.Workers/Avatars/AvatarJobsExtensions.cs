using FashionWallet.Avatars;
using FashionWallet.Storage;
using FashionWallet.Workers.Jobs;

namespace FashionWallet.Workers.Avatars;

public static class AvatarJobsExtensions
{
    /// <summary>The avatar processing job. Its analyzer comes from the photo analysis registration.</summary>
    public static IHostApplicationBuilder AddAvatarJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AvatarModels>();
        // Photo analysis holds a browser page and most of a core: one run at a time per worker keeps each one fast.
        builder.Services.AddJobHandler<AvatarProcessingHandler>(AvatarProcessingJob.Type, maxConcurrency: 1);
        return builder;
    }
}
