using System.Data;
using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>Everything in the catalog the index needs, read in one consistent snapshot.</summary>
internal sealed record CatalogIndexLoad(IReadOnlyList<IndexedItem> Items, IReadOnlyList<string> Words, long Generation, string Position);

/// <summary>
/// What changed since a snapshot: new versions of items (status changes included), deleted ids, new trending scores,
/// and whether the table was truncated (then only a reload will do). See 0004_catalog_search_sync.sql.
/// </summary>
internal sealed record CatalogIndexChanges(
    IReadOnlyList<IndexedItem> Items, IReadOnlyList<Guid> Deleted, IReadOnlyList<(Guid Id, double Score)> Trending, bool Truncated, long Generation, string Position)
{
    public int Count => Items.Count + Deleted.Count + Trending.Count;
}

/// <summary>Reads the catalog for the index: all of it at start, then the rows changed since the last read.</summary>
internal static class CatalogIndexReader
{
    private const string ChangedSince = "{0} >= pg_snapshot_xmin(@since::pg_snapshot) and not pg_visible_in_snapshot({0}, @since::pg_snapshot)";

    public static async Task<long> GenerationAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select generation from catalog_state");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<CatalogIndexLoad> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var (generation, position) = await PositionAsync(connection, transaction, cancellationToken);
        var items = await ListAsync(connection, transaction, $"select {IndexedItem.Columns} from catalog_items", null, IndexedItem.Read, cancellationToken);
        var words = await ListAsync(connection, transaction, "select word from catalog_words", null, r => r.GetString(0), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CatalogIndexLoad(items, words, generation, position);
    }

    public static async Task<CatalogIndexChanges> ChangesAsync(NpgsqlDataSource dataSource, string since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var (generation, position) = await PositionAsync(connection, transaction, cancellationToken);
        var items = await ListAsync(connection, transaction,
            $"select {IndexedItem.Columns} from catalog_items where {string.Format(null, ChangedSince, "content_xid")}", since, IndexedItem.Read, cancellationToken);
        var trending = await ListAsync(connection, transaction,
            $"select id, trending_score from catalog_items where {string.Format(null, ChangedSince, "trending_xid")}", since, r => (r.GetGuid(0), r.GetDouble(1)), cancellationToken);
        var deleted = await ListAsync(connection, transaction,
            $"select id from catalog_item_deletions where {string.Format(null, ChangedSince, "xid")}", since, r => r.IsDBNull(0) ? (Guid?)null : r.GetGuid(0), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CatalogIndexChanges(items, deleted.OfType<Guid>().ToArray(), trending, deleted.Contains(null), generation, position);
    }

    private static async Task<(long Generation, string Position)> PositionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(connection, transaction, "select generation, pg_current_snapshot()::text from catalog_state", null,
            r => (r.GetInt64(0), r.GetString(1)), cancellationToken);
        return rows.Single();
    }

    private static async Task<List<T>> ListAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string? since, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (since is not null)
            command.Parameters.AddWithValue("since", since);
        return await CatalogItemReader.ListAsync(command, map, cancellationToken);
    }
}
