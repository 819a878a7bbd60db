using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>
/// Creates and changes catalog items. Every change that alters an item writes a new immutable version in the same
/// transaction; a change that alters nothing (same content hash) writes nothing. Authorisation is the caller's job:
/// <paramref name="actor"/> parameters only record who did it.
/// </summary>
public sealed partial class CatalogStore(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    public async Task<CatalogWriteResult> CreateAsync(CatalogItemInput input, Guid? actor = null, CancellationToken cancellationToken = default)
    {
        var validation = CatalogValidator.Validate(input);
        if (!validation.IsValid)
            return new CatalogWriteResult(CatalogWriteOutcome.Invalid, null, validation.Errors);
        var alreadyExists = CatalogWriteResult.Failed(CatalogWriteOutcome.Conflict, "sku", $"an item with SKU {validation.Item!.Sku} already exists");
        try
        {
            return await InTransactionAsync(async (connection, transaction) =>
                await LockBySkuAsync(connection, transaction, validation.Item.Sku, cancellationToken) is not null
                    ? alreadyExists
                    : await WriteAsync(connection, transaction, null, validation.Item, CatalogChange.Created, null, actor, cancellationToken), cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "catalog_items_sku_key")
        {
            return alreadyExists; // two creates of one SKU raced, and this one came second
        }
    }

    /// <summary>Replaces the item's content; <paramref name="expectedVersion"/> guards against overwriting someone else's edit.</summary>
    public Task<CatalogWriteResult> UpdateAsync(Guid id, CatalogItemInput input, int? expectedVersion = null, Guid? actor = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, CatalogChange.Updated, null, actor, _ => input, cancellationToken);

    public Task<CatalogWriteResult> PublishAsync(Guid id, Guid? actor = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, CatalogChange.Published, null, actor, current => current.ToInput() with { Status = CatalogStatus.Published }, cancellationToken);

    public Task<CatalogWriteResult> ArchiveAsync(Guid id, Guid? actor = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, CatalogChange.Archived, null, actor, current => current.ToInput() with { Status = CatalogStatus.Archived }, cancellationToken);

    /// <summary>Makes an earlier version current again, as a new version (history is never rewritten).</summary>
    public async Task<CatalogWriteResult> RestoreAsync(Guid id, int version, Guid? actor = null, CancellationToken cancellationToken = default)
    {
        var earlier = await GetVersionAsync(id, version, cancellationToken);
        if (earlier is null)
            return CatalogWriteResult.Failed(CatalogWriteOutcome.NotFound, "version", $"item {id} has no version {version}");
        return await ChangeAsync(id, null, CatalogChange.Restored, version, actor, _ => earlier.Content, cancellationToken);
    }

    public async Task<CatalogItem?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The items of these ids that exist, by id, in one round trip.</summary>
    public async Task<IReadOnlyDictionary<Guid, CatalogItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return new Dictionary<Guid, CatalogItem>();
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where id = any(@ids)");
        command.Parameters.AddWithValue("ids", ids.Distinct().ToArray());
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken)).ToDictionary(i => i.Id);
    }

    public async Task<CatalogItem?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where sku = @sku");
        command.Parameters.AddWithValue("sku", sku.Trim().ToUpperInvariant());
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The item's history, newest first.</summary>
    public async Task<IReadOnlyList<CatalogItemVersion>> GetVersionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.VersionColumns} from catalog_item_versions where item_id = @id order by version desc");
        command.Parameters.AddWithValue("id", id);
        return await CatalogItemReader.ListAsync(command, CatalogItemReader.Version, cancellationToken);
    }

    public async Task<CatalogItemVersion?> GetVersionAsync(Guid id, int version, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {CatalogItemReader.VersionColumns} from catalog_item_versions where item_id = @id and version = @version");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("version", version);
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Version, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The item's thumbnail, texture and palette, drawn from its current attributes.</summary>
    public async Task<CatalogArtworkSet?> GetArtworkAsync(Guid id, CancellationToken cancellationToken = default) =>
        await GetAsync(id, cancellationToken) is { } item ? ArtworkOf(item) : null;

    public static CatalogArtworkSet? ArtworkOf(CatalogItem item) =>
        CatalogValidator.Validate(item.ToInput()).Item is { } valid ? CatalogArtwork.Draw(valid) : null;

    private async Task<CatalogWriteResult> ChangeAsync(
        Guid id, int? expectedVersion, string change, int? restoredFrom, Guid? actor, Func<CatalogItem, CatalogItemInput> content, CancellationToken cancellationToken)
    {
        return await InTransactionAsync(async (connection, transaction) =>
        {
            var current = await LockByIdAsync(connection, transaction, id, cancellationToken);
            if (current is null)
                return CatalogWriteResult.Failed(CatalogWriteOutcome.NotFound, "id", $"no catalog item {id}");
            if (expectedVersion is { } expected && expected != current.Version)
                return CatalogWriteResult.Failed(CatalogWriteOutcome.Conflict, "version", $"the item is at version {current.Version}, not {expected}: reload it and apply the change again");
            var validation = CatalogValidator.Validate(content(current));
            if (!validation.IsValid)
                return new CatalogWriteResult(CatalogWriteOutcome.Invalid, null, validation.Errors);
            if (validation.Item!.Sku != current.Sku)
                return CatalogWriteResult.Failed(CatalogWriteOutcome.Invalid, "sku", $"cannot change from {current.Sku}: the SKU identifies the item in imports; create a new item instead");
            return await WriteAsync(connection, transaction, current, validation.Item, change, restoredFrom, actor, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Writes the item and its new version (or nothing, when the content is what is stored already) and reads it back.</summary>
    private async Task<CatalogWriteResult> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CatalogItem? current, ValidCatalogItem item,
        string change, int? restoredFrom, Guid? actor, CancellationToken cancellationToken)
    {
        if (current is not null && current.ContentHash == item.ContentHash())
            return new CatalogWriteResult(CatalogWriteOutcome.Unchanged, current, []);
        var id = await WriteRowAsync(connection, transaction, current, item, change, restoredFrom, actor, cancellationToken);
        var written = await LockByIdAsync(connection, transaction, id, cancellationToken);
        return new CatalogWriteResult(current is null ? CatalogWriteOutcome.Created : CatalogWriteOutcome.Updated, written, []);
    }

    private async Task<Guid> WriteRowAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CatalogItem? current, ValidCatalogItem item,
        string change, int? restoredFrom, Guid? actor, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var publishedAt = current?.PublishedAt ?? (item.Status == CatalogStatus.Published ? now : null);
        var row = new CatalogRow(current?.Id ?? Guid.CreateVersion7(now), item, CatalogDerived.From(item), (current?.Version ?? 0) + 1,
            current?.CreatedAt ?? now, now, publishedAt, current?.CreatedBy ?? actor, actor);

        await using var batch = new NpgsqlBatch(connection, transaction);
        var write = new NpgsqlBatchCommand(current is null ? CatalogRow.InsertSql : CatalogRow.UpdateSql);
        row.AddParameters(write.Parameters);
        batch.BatchCommands.Add(write);

        var version = new NpgsqlBatchCommand("""
            insert into catalog_item_versions
                (item_id, version, change, restored_from, sku, kind, name, description, category, tags, attributes, status, content_hash, changed_by, changed_at)
            select id, version, @change, @restored_from, sku, kind, name, description, category, tags, attributes, status, content_hash, @actor, updated_at
            from catalog_items where id = @id
            """);
        version.Parameters.Add(new NpgsqlParameter("change", change));
        version.Parameters.Add(new NpgsqlParameter("restored_from", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)restoredFrom ?? DBNull.Value });
        version.Parameters.Add(new NpgsqlParameter("actor", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)actor ?? DBNull.Value });
        version.Parameters.Add(new NpgsqlParameter("id", row.Id));
        batch.BatchCommands.Add(version);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return row.Id;
    }

    private static async Task<CatalogItem?> LockByIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where id = @id for update", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken)).SingleOrDefault();
    }

    private static async Task<CatalogItem?> LockBySkuAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sku, CancellationToken cancellationToken) =>
        (await LockBySkusAsync(connection, transaction, [sku], cancellationToken)).GetValueOrDefault(sku);

    private static async Task<Dictionary<string, CatalogItem>> LockBySkusAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] skus, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"select {CatalogItemReader.ItemColumns} from catalog_items where sku = any(@skus) for update", connection, transaction);
        command.Parameters.AddWithValue("skus", skus);
        return (await CatalogItemReader.ListAsync(command, CatalogItemReader.Item, cancellationToken)).ToDictionary(i => i.Sku);
    }

    private async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
