namespace FashionWallet.Storage;

/// <summary>
/// Deletes every blob under a prefix. Queued in the same transaction that deletes the rows the blobs belong to, so
/// a person's photos go with their avatar or account even when the process stops in between.
/// </summary>
public sealed record DeleteBlobsJob(string Prefix)
{
    public const string Type = "storage.delete-prefix";
}
