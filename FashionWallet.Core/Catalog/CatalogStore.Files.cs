using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>What an import did, or every reason it did nothing.</summary>
public sealed record CatalogImportReport(int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<CatalogImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed partial class CatalogStore
{
    /// <summary>
    /// Imports a CSV or JSON file all or nothing: every row is parsed and validated first and any error anywhere
    /// means nothing is written. Rows are matched to items by SKU: a new SKU creates an item, a changed row creates a
    /// new version, an unchanged row does nothing, so importing the same file twice changes nothing the second time.
    /// A row without a status keeps the item's current status (new items start as drafts).
    /// </summary>
    public async Task<CatalogImportReport> ImportAsync(Stream content, CatalogFileFormat format, Guid? actor = null, CancellationToken cancellationToken = default)
    {
        var (rows, parseErrors) = await CatalogFile.ReadAsync(content, format, cancellationToken);
        return await ImportAsync(rows, parseErrors, actor, cancellationToken);
    }

    /// <summary>Imports rows that are already parsed (the seed catalog, an admin's bulk edit), by the same rules as a file.</summary>
    public Task<CatalogImportReport> ImportAsync(IReadOnlyList<CatalogFileRow> rows, Guid? actor = null, CancellationToken cancellationToken = default) =>
        ImportAsync(rows, [], actor, cancellationToken);

    private async Task<CatalogImportReport> ImportAsync(IReadOnlyList<CatalogFileRow> rows, IReadOnlyList<CatalogImportError> parseErrors, Guid? actor, CancellationToken cancellationToken)
    {
        var errors = parseErrors.ToList();
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add(new CatalogImportError(1, null, "file", "has no items"));

        return await InTransactionAsync(async (connection, transaction) =>
        {
            var skus = rows.Select(r => NormaliseSku(r.Input.Sku)).Where(s => s.Length > 0).Distinct().ToArray();
            var existing = await LockBySkusAsync(connection, transaction, skus, cancellationToken);
            var accepted = ValidateRows(rows, existing, errors);
            if (errors.Count > 0)
                return new CatalogImportReport(rows.Count, 0, 0, 0, errors.OrderBy(e => e.Line).ToArray());

            int created = 0, updated = 0, unchanged = 0;
            foreach (var item in accepted)
            {
                var current = existing.GetValueOrDefault(item.Sku);
                if (current is not null && current.ContentHash == item.ContentHash())
                {
                    unchanged++;
                    continue;
                }
                await WriteRowAsync(connection, transaction, current, item, CatalogChange.Imported, null, actor, cancellationToken);
                if (current is null)
                    created++;
                else
                    updated++;
            }
            return new CatalogImportReport(rows.Count, created, updated, unchanged, []);
        }, cancellationToken);
    }

    /// <summary>Writes every item (optionally without archived ones) in SKU order, in the format <see cref="ImportAsync"/> reads.</summary>
    public async Task<int> ExportAsync(Stream destination, CatalogFileFormat format, bool includeArchived = true, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where @all or status <> 'archived' order by sku");
        command.Parameters.AddWithValue("all", includeArchived);
        var items = await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken);
        await CatalogFile.WriteAsync(destination, format, items.Select(i => i.ToInput()), cancellationToken);
        return items.Count;
    }

    private static List<ValidCatalogItem> ValidateRows(IReadOnlyList<CatalogFileRow> rows, Dictionary<string, CatalogItem> existing, List<CatalogImportError> errors)
    {
        var accepted = new List<ValidCatalogItem>();
        var firstLineOfSku = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var sku = NormaliseSku(row.Input.Sku);
            if (sku.Length > 0 && !firstLineOfSku.TryAdd(sku, row.Line))
            {
                errors.Add(new CatalogImportError(row.Line, sku, "sku", $"appears again: line {firstLineOfSku[sku]} already has {sku}"));
                continue;
            }
            var input = row.Input.Status is null && existing.TryGetValue(sku, out var current) ? row.Input with { Status = current.Status } : row.Input;
            var validation = CatalogValidator.Validate(input);
            if (validation.IsValid)
                accepted.Add(validation.Item!);
            else
                errors.AddRange(validation.Errors.Select(e => new CatalogImportError(row.Line, sku.Length > 0 ? sku : null, e.Field, e.Reason)));
        }
        return accepted;
    }

    private static string NormaliseSku(string? sku) => (sku ?? "").Trim().ToUpperInvariant();
}
