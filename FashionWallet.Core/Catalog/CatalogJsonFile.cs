using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>Catalog files as JSON: an array of objects with the fields of <see cref="CatalogFile.Columns"/>; tags are an array.</summary>
internal static class CatalogJsonFile
{
    public static (IReadOnlyList<CatalogFileRow>, IReadOnlyList<CatalogImportError>) Read(byte[] bytes)
    {
        var rows = new List<CatalogFileRow>();
        var errors = new List<CatalogImportError>();
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                return ([], [new CatalogImportError(1, null, "file", "must be a JSON array of items")]);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineAt(reader.TokenStartIndex);
                var element = JsonElement.ParseValue(ref reader);
                if (element.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new CatalogImportError(line, null, "item", "must be a JSON object"));
                    continue;
                }
                var input = ParseItem(element, line, errors);
                if (input is not null)
                    rows.Add(new CatalogFileRow(line, input));
            }
        }
        catch (JsonException ex)
        {
            errors.Add(new CatalogImportError((int)(ex.LineNumber ?? 0) + 1, null, "file", "is not valid JSON here: " + ex.Message.Split(" LineNumber")[0]));
        }
        return (rows, errors);
    }

    public static async Task WriteAsync(Stream destination, IEnumerable<CatalogItemInput> items, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("sku", item.Sku);
            writer.WriteString("kind", item.Kind);
            writer.WriteString("name", item.Name);
            writer.WriteString("description", item.Description);
            writer.WriteString("category", item.Category);
            writer.WriteStartArray("tags");
            foreach (var tag in item.Tags ?? [])
                writer.WriteStringValue(tag);
            writer.WriteEndArray();
            writer.WriteString("status", item.Status);
            writer.WritePropertyName("attributes");
            item.Attributes.WriteTo(writer);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }

    private static CatalogItemInput? ParseItem(JsonElement item, int line, List<CatalogImportError> errors)
    {
        var sku = item.TryGetProperty("sku", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var before = errors.Count;
        foreach (var property in item.EnumerateObject().Where(p => !CatalogFile.Columns.Contains(p.Name)))
            errors.Add(new CatalogImportError(line, sku, FieldErrors.Shorten(property.Name), "is not a catalog field"));

        string? Text(string name)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                return null;
            if (value.ValueKind == JsonValueKind.String)
                return value.GetString();
            errors.Add(new CatalogImportError(line, sku, name, "must be text"));
            return null;
        }

        var tags = new List<string>();
        if (item.TryGetProperty("tags", out var tagArray) && tagArray.ValueKind != JsonValueKind.Null)
        {
            if (tagArray.ValueKind != JsonValueKind.Array || tagArray.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                errors.Add(new CatalogImportError(line, sku, "tags", "must be an array of text"));
            else
                tags.AddRange(tagArray.EnumerateArray().Select(t => t.GetString()!));
        }

        var input = new CatalogItemInput
        {
            Sku = sku,
            Kind = Text("kind"),
            Name = Text("name"),
            Description = Text("description"),
            Category = Text("category"),
            Tags = tags,
            Status = Text("status"),
            Attributes = item.TryGetProperty("attributes", out var attributes) ? attributes.Clone() : default,
        };
        return errors.Count == before ? input : null;
    }

    /// <summary>Line numbers of byte offsets, counted forwards once (offsets arrive in increasing order).</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;

        public int LineAt(long offset)
        {
            for (; _offset < offset; _offset++)
                if (bytes[_offset] == (byte)'\n')
                    _line++;
            return _line;
        }
    }
}
