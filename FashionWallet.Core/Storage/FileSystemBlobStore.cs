namespace FashionWallet.Storage;

/// <summary>Blobs as files under a root directory. Writes go to a temporary file that is renamed into place, so a
/// reader never sees half a file and a crash never leaves one.</summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string _root;

    public FileSystemBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<BlobContent?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
            return Task.FromResult<BlobContent?>(null);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        return Task.FromResult<BlobContent?>(new BlobContent(stream, BlobKeys.ContentType(key), stream.Length));
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
            return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    public Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(_root, BlobKeys.Validate(prefix.TrimEnd('/'), isPrefix: true));
        if (!Directory.Exists(directory))
            return Task.FromResult(0);
        var count = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count();
        Directory.Delete(directory, recursive: true);
        return Task.FromResult(count);
    }

    private string PathOf(string key) => Path.Combine(_root, BlobKeys.Validate(key));
}
