using System.Text.Json;

namespace FashionWallet.Designs;

/// <summary>How documents and operations are written to jsonb and the wire: the web's camelCase, the type tag anywhere in an operation.</summary>
public static class DesignJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    public static string Serialize(DesignDocument document) => JsonSerializer.Serialize(document, Options);

    public static byte[] SerializeToUtf8Bytes(DesignDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    public static DesignDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<DesignDocument>(json, Options) ?? throw new JsonException("A design document cannot be null.");

    public static string Serialize(IReadOnlyList<DesignOperation> operations) => JsonSerializer.Serialize(operations, Options);

    public static DesignOperation[] DeserializeOperations(string json) =>
        JsonSerializer.Deserialize<DesignOperation[]>(json, Options) ?? [];

    /// <summary>One operation as a client sent it, or why it could not be read (an unknown type, a wrong field type...).</summary>
    public static DesignOperation? TryReadOperation(JsonElement element, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            problem = "Each operation is an object with a type, such as { \"type\": \"addLayer\", ... }.";
            return null;
        }
        try
        {
            return element.Deserialize<DesignOperation>(Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            problem = ex.Message.Contains("type discriminator", StringComparison.OrdinalIgnoreCase)
                ? $"'{DocumentRules.Shorten(type.GetString())}' is not an operation type."
                : $"This operation could not be read: {DocumentRules.Shorten(ex.Message)}";
            return null;
        }
    }
}
