using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Avatars;

public static class AvatarVersioning
{
    /// <summary>
    /// Adds the version after <paramref name="expectedVersion"/> and makes it current, unless another version was added
    /// since (then null: the caller answers with a conflict). Call it inside a transaction, with the work it records.
    /// </summary>
    public static async Task<AvatarVersion?> AddAsync(FashionWalletDbContext db, Guid avatarId, int expectedVersion, AvatarVersion draft, CancellationToken cancellationToken)
    {
        var next = expectedVersion + 1;
        var now = DateTimeOffset.UtcNow;
        var moved = await db.Avatars.Where(a => a.Id == avatarId && a.CurrentVersion == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.CurrentVersion, next)
                .SetProperty(a => a.Status, AvatarStatus.Ready)
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        if (moved == 0)
            return null;
        draft.AvatarId = avatarId;
        draft.Version = next;
        draft.CreatedAt = now;
        db.AvatarVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }
}
