using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>A stored catalog item as readers see it.</summary>
public sealed record CatalogItem(
    Guid Id,
    string Sku,
    string Kind,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    JsonElement Attributes,
    string Status,
    int Version,
    string ContentHash,
    decimal Price,
    string PriceUnit,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> ColourFamilies,
    string? Stretch,
    long ViewCount,
    long UseCount,
    double TrendingScore,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    Guid? CreatedBy,
    Guid? UpdatedBy)
{
    public CatalogItemInput ToInput() => CatalogItemInput.Of(Sku, Kind, Name, Description, Category, Tags, Status, Attributes);
}

/// <summary>One immutable entry of an item's history: what the item was after the change.</summary>
public sealed record CatalogItemVersion(
    Guid ItemId,
    int Version,
    string Change,
    int? RestoredFrom,
    Guid? ChangedBy,
    DateTimeOffset ChangedAt,
    string ContentHash,
    CatalogItemInput Content);

/// <summary>How a change to an item was recorded in its history.</summary>
public static class CatalogChange
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Published = "published";
    public const string Archived = "archived";
    public const string Restored = "restored";
    public const string Imported = "imported";
}

public enum CatalogWriteOutcome
{
    Created,
    Updated,
    Unchanged,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>What a write did: the item as it now is, or the per-field reasons nothing was written.</summary>
public sealed record CatalogWriteResult(CatalogWriteOutcome Outcome, CatalogItem? Item, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Outcome is CatalogWriteOutcome.Created or CatalogWriteOutcome.Updated or CatalogWriteOutcome.Unchanged;

    internal static CatalogWriteResult Failed(CatalogWriteOutcome outcome, string field, string reason) => new(outcome, null, [new FieldError(field, reason)]);
}
