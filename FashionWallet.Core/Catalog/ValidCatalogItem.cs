using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>An item that passed validation, in canonical form (trimmed, upper-case SKU, lower-case distinct tags).</summary>
public sealed record ValidCatalogItem(
    string Sku,
    string Kind,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    string Status,
    CatalogAttributes Attributes)
{
    public string AttributesJson() => JsonSerializer.Serialize(Attributes, Attributes.GetType(), CatalogJson.Options);

    /// <summary>A hash of everything an admin can change; equal hashes mean re-importing the row would change nothing.</summary>
    public string ContentHash()
    {
        var canonical = JsonSerializer.Serialize(new object[] { Sku, Kind, Name, Description, Category, Tags, Status, AttributesJson() });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }

    public CatalogItemInput ToInput() => CatalogItemInput.For(Sku, Name, Description, Category, Tags, Attributes, Status);
}
