using System.Text;
using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>Catalog files as CSV (RFC 4180, UTF-8, a header row naming <see cref="CatalogFile.Columns"/>).</summary>
internal static class CatalogCsv
{
    public static (IReadOnlyList<CatalogFileRow>, IReadOnlyList<CatalogImportError>) Read(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ([], [new CatalogImportError(1, null, "file", "is not UTF-8 text: save it as CSV UTF-8")]);
        }
        var (records, problems) = CsvRecords.Parse(text);
        var errors = problems.Select(p => new CatalogImportError(p.Line, null, "row", p.Problem)).ToList();
        if (records.Count == 0)
            return ([], [new CatalogImportError(1, null, "header", "is missing: the first line must name the columns " + string.Join(",", CatalogFile.Columns))]);

        var header = records[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = CatalogFile.Columns.Except(header).ToArray();
        var unknown = header.Except(CatalogFile.Columns).ToArray();
        if (missing.Length > 0 || unknown.Length > 0)
            return ([], [new CatalogImportError(records[0].Line, null, "header", HeaderProblem(missing, unknown))]);

        var rows = new List<CatalogFileRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count != header.Length)
            {
                errors.Add(new CatalogImportError(record.Line, null, "row", $"has {record.Cells.Count} cells; the header has {header.Length}"));
                continue;
            }
            if (ParseRow(record, header, errors) is { } input)
                rows.Add(new CatalogFileRow(record.Line, input));
        }
        return (rows, errors);
    }

    public static async Task WriteAsync(Stream destination, IEnumerable<CatalogItemInput> items, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(destination, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(CsvRecords.Line(CatalogFile.Columns));
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(CsvRecords.Line([
                item.Sku, item.Kind, item.Name, item.Description, item.Category,
                string.Join(CatalogFile.TagSeparator, item.Tags ?? []), item.Status, item.Attributes.GetRawText(),
            ]));
        }
    }

    private static CatalogItemInput? ParseRow(CsvRecord record, string[] header, List<CatalogImportError> errors)
    {
        string Cell(string column) => record.Cells[Array.IndexOf(header, column)];
        var sku = Cell("sku");
        JsonElement attributes = default;
        if (Cell("attributes").Trim().Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(Cell("attributes"));
                attributes = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                errors.Add(new CatalogImportError(record.Line, sku, "attributes", $"is not valid JSON ({ex.Message.Split(" LineNumber")[0]})"));
                return null;
            }
        }
        return new CatalogItemInput
        {
            Sku = sku,
            Kind = Cell("kind"),
            Name = Cell("name"),
            Description = Cell("description"),
            Category = Cell("category"),
            Tags = Cell("tags").Split(CatalogFile.TagSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Status = string.IsNullOrWhiteSpace(Cell("status")) ? null : Cell("status"),
            Attributes = attributes,
        };
    }

    private static string HeaderProblem(string[] missing, string[] unknown) =>
        string.Join("; ", new[]
        {
            missing.Length > 0 ? "is missing the columns " + string.Join(", ", missing) : null,
            unknown.Length > 0 ? "has unknown columns " + string.Join(", ", unknown.Select(u => FieldErrors.Shorten(u))) : null,
        }.Where(p => p is not null)) + $" (expected {string.Join(",", CatalogFile.Columns)})";
}
