using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>An item for the catalog's pages: the stored item, its thumbnail and texture, and how often it is used.</summary>
public sealed record CatalogItemResponse(
    Guid Id, string Sku, string Kind, string Name, string Description, string Category, IReadOnlyList<string> Tags,
    JsonElement Attributes, string Status, int Version, decimal Price, string PriceUnit, IReadOnlyList<string> Materials,
    IReadOnlyList<string> ColourFamilies, string? Stretch, long ViewCount, long UseCount, double TrendingScore,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, string ThumbnailUrl, string? TextureUrl)
{
    public static CatalogItemResponse From(CatalogItem item, bool hasTexture) => new(
        item.Id, item.Sku, item.Kind, item.Name, item.Description, item.Category, item.Tags, item.Attributes, item.Status, item.Version,
        item.Price, item.PriceUnit, item.Materials, item.ColourFamilies, item.Stretch, item.ViewCount, item.UseCount, item.TrendingScore,
        item.CreatedAt, item.UpdatedAt, item.PublishedAt, $"/api/catalog/items/{item.Id}/thumbnail.svg",
        hasTexture ? $"/api/catalog/items/{item.Id}/texture.svg" : null);
}

/// <summary>An item as an admin writes it (the attributes are the kind's own fields, see the catalog's vocabulary).</summary>
public sealed record CatalogItemRequest(string? Sku, string? Kind, string? Name, string? Description, string? Category, IReadOnlyList<string>? Tags, string? Status, JsonElement Attributes)
{
    public CatalogItemInput ToInput() => new()
    {
        Sku = Sku, Kind = Kind, Name = Name, Description = Description, Category = Category, Tags = Tags, Status = Status, Attributes = Attributes,
    };
}

public sealed record CatalogVersionSummary(int Version, string Change, int? RestoredFrom, Guid? ChangedBy, DateTimeOffset ChangedAt);
