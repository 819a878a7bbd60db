using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>
/// Trending: views and uses are counted per item and day (one small upsert on the request path); the time-decayed
/// score that search sorts by is computed only by <see cref="RefreshTrendingAsync"/>, which a background job runs.
/// </summary>
public sealed class CatalogTrending(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    /// <summary>How many days it takes a view or a use to count half as much.</summary>
    public const double HalfLifeDays = 7;

    public Task RecordViewAsync(Guid itemId, CancellationToken cancellationToken = default) => RecordAsync(itemId, views: 1, uses: 0, cancellationToken);

    /// <summary>The item was placed in a design.</summary>
    public Task RecordUseAsync(Guid itemId, CancellationToken cancellationToken = default) => RecordAsync(itemId, views: 0, uses: 1, cancellationToken);

    /// <summary>Recomputes every item's counts and trending score as of today; returns how many items changed.</summary>
    public async Task<int> RefreshTrendingAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select catalog_refresh_trending(@as_of, @half_life)");
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = Today() });
        command.Parameters.Add(new NpgsqlParameter("half_life", NpgsqlDbType.Double) { Value = HalfLifeDays });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task RecordAsync(Guid itemId, int views, int uses, CancellationToken cancellationToken)
    {
        // An unknown item id is ignored (the insert selects nothing) rather than failing the page that reported it.
        await using var command = dataSource.CreateCommand("""
            insert into catalog_item_activity (item_id, day, views, uses)
            select id, @day, @views, @uses from catalog_items where id = @id
            on conflict (item_id, day) do update
            set views = catalog_item_activity.views + excluded.views, uses = catalog_item_activity.uses + excluded.uses
            """);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = itemId });
        command.Parameters.Add(new NpgsqlParameter("day", NpgsqlDbType.Date) { Value = Today() });
        command.Parameters.Add(new NpgsqlParameter("views", NpgsqlDbType.Integer) { Value = views });
        command.Parameters.Add(new NpgsqlParameter("uses", NpgsqlDbType.Integer) { Value = uses });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
}
