using FashionWallet.Storage;
using FashionWallet.Workers.Jobs;

namespace FashionWallet.Workers.Storage;

/// <summary>Deletes the blobs of deleted rows (an avatar's photos and models, everything of a deleted account).</summary>
internal sealed class DeleteBlobsHandler(IBlobStore blobs) : IJobHandler
{
    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var prefix = context.GetPayload<DeleteBlobsJob>().Prefix;
        context.Result = new { prefix, deleted = await blobs.DeletePrefixAsync(BlobKeys.Validate(prefix, isPrefix: true), cancellationToken) };
    }
}

public static class StorageJobsExtensions
{
    public static IHostApplicationBuilder AddStorageJobs(this IHostApplicationBuilder builder)
    {
        builder.AddBlobStorage();
        builder.Services.AddJobHandler<DeleteBlobsHandler>(DeleteBlobsJob.Type, maxConcurrency: 2);
        return builder;
    }
}
