using FashionWallet.Storage;

namespace FashionWallet.Tests.Storage;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fw-blobs-{Guid.NewGuid():N}");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_blob_is_stored_read_replaced_and_deleted()
    {
        var store = new FileSystemBlobStore(_root);

        await store.PutAsync("avatars/u1/a1/front.jpg", new byte[] { 1, 2, 3 }, Cancel);
        await store.PutAsync("avatars/u1/a1/front.jpg", new byte[] { 4, 5 }, Cancel);
        await using (var blob = await store.OpenAsync("avatars/u1/a1/front.jpg", Cancel))
        {
            using var copy = new MemoryStream();
            await blob!.Content.CopyToAsync(copy, Cancel);
            Assert.Equal(new byte[] { 4, 5 }, copy.ToArray());
            Assert.Equal(("image/jpeg", 2L), (blob.ContentType, blob.Length));
        }

        Assert.True(await store.DeleteAsync("avatars/u1/a1/front.jpg", Cancel));
        Assert.False(await store.DeleteAsync("avatars/u1/a1/front.jpg", Cancel));
        Assert.Null(await store.OpenAsync("avatars/u1/a1/front.jpg", Cancel));
        Assert.Empty(Directory.EnumerateFiles(_root, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Deleting_a_prefix_removes_everything_under_it_and_nothing_else()
    {
        var store = new FileSystemBlobStore(_root);
        await store.PutAsync("avatars/u1/a1/front.jpg", new byte[] { 1 }, Cancel);
        await store.PutAsync("avatars/u1/a2/body.glb", new byte[] { 2 }, Cancel);
        await store.PutAsync("avatars/u2/a3/body.glb", new byte[] { 3 }, Cancel);

        Assert.Equal(2, await store.DeletePrefixAsync("avatars/u1/", Cancel));
        Assert.NotNull(await store.OpenAsync("avatars/u2/a3/body.glb", Cancel));
    }

    [Theory]
    [InlineData("../etc/passwd.json")]
    [InlineData("/etc/passwd.json")]
    [InlineData("avatars/../../x.jpg")]
    [InlineData("avatars/UPPER.jpg")]
    [InlineData("avatars//x.jpg")]
    [InlineData("avatars/x.exe")]
    [InlineData("")]
    public async Task Keys_that_could_escape_the_store_or_have_no_type_are_refused(string key)
    {
        var store = new FileSystemBlobStore(_root);

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, new byte[] { 1 }, Cancel));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenAsync(key, Cancel));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
