using System.Text.Json;
using System.Text.Json.Serialization;

namespace FashionWallet.Catalog;

/// <summary>How catalog attributes and files are (de)serialised: camelCase, strict (unknown or missing fields are errors).</summary>
public static class CatalogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Type AttributesType(string kind) => kind switch
    {
        CatalogKind.Silhouette => typeof(SilhouetteAttributes),
        CatalogKind.Fabric => typeof(FabricAttributes),
        CatalogKind.Print => typeof(PrintAttributes),
        CatalogKind.Element => typeof(ElementAttributes),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown catalog kind."),
    };

    public static JsonElement ToElement(CatalogAttributes attributes) =>
        JsonSerializer.SerializeToElement(attributes, attributes.GetType(), Options);

    public static CatalogAttributes ParseAttributes(string kind, JsonElement json) =>
        (CatalogAttributes)json.Deserialize(AttributesType(kind), Options)!;
}
