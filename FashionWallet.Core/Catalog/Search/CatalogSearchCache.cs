using Microsoft.Extensions.Caching.Memory;

namespace FashionWallet.Catalog;

/// <summary>
/// Search results kept in memory for the catalog generation they were computed in (see <c>catalog_state</c>): any
/// write to the catalog moves the generation on, and entries of older generations are never served again, so the
/// cache needs no invalidation messages between nodes. Bounded by entry count; unused entries expire.
/// </summary>
public sealed class CatalogSearchCache : IDisposable
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _cache;

    public CatalogSearchCache(int capacity = 4096) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });

    public bool TryGet(long generation, string key, out CatalogSearchResult result) =>
        _cache.TryGetValue((generation, key), out result!);

    public void Set(long generation, string key, CatalogSearchResult result) =>
        _cache.Set((generation, key), result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public void Dispose() => _cache.Dispose();
}
