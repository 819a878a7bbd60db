using FashionWallet.Designs;
using Microsoft.Extensions.Caching.Memory;

namespace FashionWallet.Api.Designs;

/// <summary>
/// This instance's documents of designs being edited, so a step need not read the design first. An entry is the design
/// at one version, and a version's document never changes, so an entry is never wrong, only old: a step made from it
/// is written on condition that the design is still at that version (another instance may have moved it on), and a
/// step on any other version reads the design afresh. Entries are bounded by their documents' size.
/// </summary>
public sealed class RecentDesigns : IDisposable
{
    private const long MaxBytes = 64L * 1024 * 1024;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>The design at <paramref name="version"/> when this instance has it and <paramref name="user"/> may edit it.</summary>
    public DesignHead? Find(Guid id, int version, DesignEditingUser user) =>
        _cache.TryGetValue(id, out DesignHead? design) && design!.Version == version && (user.IsAdmin || design.OwnerId == user.Id) ? design : null;

    public void Remember(DesignHead design, int documentBytes) =>
        _cache.Set(design.Id, design, new MemoryCacheEntryOptions { Size = Math.Max(documentBytes, 1), SlidingExpiration = Idle });

    public void Forget(Guid id) => _cache.Remove(id);

    public void Dispose() => _cache.Dispose();
}
