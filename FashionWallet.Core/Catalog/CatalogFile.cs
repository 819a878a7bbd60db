namespace FashionWallet.Catalog;

public enum CatalogFileFormat
{
    Csv,
    Json,
}

/// <summary>One item of an import file and the line it starts on.</summary>
public sealed record CatalogFileRow(int Line, CatalogItemInput Input);

/// <summary>A problem with one row of an import file: where, which field, and why.</summary>
public sealed record CatalogImportError(int Line, string? Sku, string Field, string Reason);

/// <summary>
/// The columns of a catalog file, the same in CSV and JSON. In CSV, tags are separated by '|' (a character a tag
/// cannot contain) and attributes are a JSON object in one cell.
/// </summary>
public static class CatalogFile
{
    public const char TagSeparator = '|';

    /// <summary>Files larger than this are refused before parsing; split them.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } = ["sku", "kind", "name", "description", "category", "tags", "status", "attributes"];

    public static async Task<(IReadOnlyList<CatalogFileRow> Rows, IReadOnlyList<CatalogImportError> Errors)> ReadAsync(
        Stream content, CatalogFileFormat format, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
            return ([], [new CatalogImportError(0, null, "file", $"is {buffer.Length / 1024 / 1024} MB; at most {MaxBytes / 1024 / 1024} MB per import")]);
        var bytes = buffer.ToArray();
        return format == CatalogFileFormat.Csv ? CatalogCsv.Read(bytes) : CatalogJsonFile.Read(bytes);
    }

    public static Task WriteAsync(Stream destination, CatalogFileFormat format, IEnumerable<CatalogItemInput> items, CancellationToken cancellationToken) =>
        format == CatalogFileFormat.Csv ? CatalogCsv.WriteAsync(destination, items, cancellationToken) : CatalogJsonFile.WriteAsync(destination, items, cancellationToken);
}
