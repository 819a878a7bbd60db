using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>
/// An item as an admin, an import file or a restored version states it, before validation: every field may be missing
/// or wrong, and <see cref="CatalogValidator"/> says which and why.
/// </summary>
public sealed record CatalogItemInput
{
    public string? Sku { get; init; }
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? Status { get; init; }
    public JsonElement Attributes { get; init; }

    public static CatalogItemInput For(string sku, string name, string description, string category, IReadOnlyList<string> tags, CatalogAttributes attributes, string status = CatalogStatus.Draft) =>
        Of(sku, CatalogKind.Of(attributes), name, description, category, tags, status, CatalogJson.ToElement(attributes));

    public static CatalogItemInput Of(string sku, string kind, string name, string description, string category, IReadOnlyList<string> tags, string status, JsonElement attributes) => new()
    {
        Sku = sku,
        Kind = kind,
        Name = name,
        Description = description,
        Category = category,
        Tags = tags,
        Status = status,
        Attributes = attributes,
    };
}
