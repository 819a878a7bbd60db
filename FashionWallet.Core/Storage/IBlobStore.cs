namespace FashionWallet.Storage;

/// <summary>A stored file's bytes and what they are.</summary>
public sealed record BlobContent(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Where photos, meshes, renders and exports live. Keys are paths such as <c>avatars/{user}/{avatar}/front.jpg</c>:
/// lower-case letters, digits, '.', '-' and '_' in segments separated by '/'; the extension gives the content type.
/// </summary>
public interface IBlobStore
{
    Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The blob, or null when there is none under the key.</summary>
    Task<BlobContent?> OpenAsync(string key, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes every blob under a prefix (everything of one avatar, or of one person); returns how many.</summary>
    Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken);
}

public static class BlobKeys
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".glb"] = "model/gltf-binary",
        [".obj"] = "model/obj",
        [".mtl"] = "model/mtl",
        [".json"] = "application/json",
        [".csv"] = "text/csv",
        [".zip"] = "application/zip",
        [".pdf"] = "application/pdf",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
    };

    /// <summary>Refuses keys that could escape the store (.., absolute paths) or that it could not name a type for.</summary>
    public static string Validate(string key, bool isPrefix = false)
    {
        var segments = key.Split('/');
        var valid = key.Length is > 0 and <= 512 && !key.StartsWith('/')
            && segments.Take(isPrefix && key.EndsWith('/') ? segments.Length - 1 : segments.Length)
                .All(s => s.Length > 0 && s is not "." and not ".." && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_'));
        if (!valid)
            throw new ArgumentException($"'{key}' is not a valid blob key.", nameof(key));
        if (!isPrefix && !ContentTypes.ContainsKey(Path.GetExtension(key)))
            throw new ArgumentException($"'{key}' has no known extension.", nameof(key));
        return key;
    }

    public static string ContentType(string key) => ContentTypes[Path.GetExtension(key)];
}
