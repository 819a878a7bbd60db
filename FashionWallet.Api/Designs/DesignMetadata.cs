using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Designs;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>Checks of a design's descriptive fields, shared by create and update; each problem names its field.</summary>
internal static class DesignMetadata
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxTags = 20;

    public static string? Name(string? name, FieldErrors errors)
    {
        var trimmed = name?.Trim();
        if (trimmed is null)
            return null;
        if (trimmed.Length is 0 or > MaxNameLength || trimmed.Any(char.IsControl))
            errors.Add("name", $"A name has 1 to {MaxNameLength} characters, without line breaks.");
        return trimmed;
    }

    public static string? Description(string? description, FieldErrors errors)
    {
        var trimmed = description?.Trim();
        if (trimmed is { Length: > MaxDescriptionLength })
            errors.Add("description", $"A description has at most {MaxDescriptionLength} characters.");
        return trimmed;
    }

    public static void Category(string? category, FieldErrors errors)
    {
        if (category is not null && !DesignCategories.All.Contains(category))
            errors.Add("category", $"A category is one of: {string.Join(", ", DesignCategories.All)}.");
    }

    public static void Status(string? status, FieldErrors errors)
    {
        if (status is not null && !DesignStatuses.All.Contains(status))
            errors.Add("status", $"A status is one of: {string.Join(", ", DesignStatuses.All)}.");
    }

    /// <summary>Tags as people search them: trimmed, lowercase, each once.</summary>
    public static string[]? Tags(string[]? tags, FieldErrors errors)
    {
        if (tags is null)
            return null;
        var normalised = tags.Select(t => t?.Trim().ToLowerInvariant() ?? "").Distinct(StringComparer.Ordinal).ToArray();
        if (normalised.Length > MaxTags)
            errors.Add("tags", $"A design has at most {MaxTags} tags.");
        if (normalised.Any(t => t.Length is 0 or > 40 || t.Any(char.IsControl)))
            errors.Add("tags", "A tag has 1 to 40 characters.");
        return normalised;
    }

    /// <summary>The folder must be the owner's; all zeros means no folder.</summary>
    public static async Task CheckFolderAsync(FashionWalletDbContext db, Guid ownerId, Guid? folderId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (folderId is { } id && id != Guid.Empty && !await db.DesignFolders.AnyAsync(f => f.Id == id && f.OwnerId == ownerId, cancellationToken))
            errors.Add("folderId", "There is no such folder among yours.");
    }

    /// <summary>The avatar must be the owner's; all zeros means none.</summary>
    public static async Task CheckAvatarAsync(FashionWalletDbContext db, Guid ownerId, Guid? avatarId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (avatarId is { } id && id != Guid.Empty && !await db.Avatars.AnyAsync(a => a.Id == id && a.OwnerId == ownerId, cancellationToken))
            errors.Add("avatarId", "There is no such avatar among yours.");
    }

    public static Guid? OrNone(Guid? id) => id == Guid.Empty ? null : id;
}
