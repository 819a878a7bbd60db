using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Catalog;

/// <summary>An item like another one, and its distance (see <see cref="CatalogSimilarity"/>; smaller is more alike).</summary>
public sealed record CatalogSimilarItem(Guid Id, string Sku, string Kind, string Name, string Category, decimal Price, string PriceUnit, double Distance);

public sealed partial class CatalogSearch
{
    // Candidates are preselected in SQL by kind and dominant colour (a cheap scan of plain columns), then ranked by the
    // full distance here. The preselection can miss an item whose dominant colour is far but whose other colours and
    // attributes are close; with this many candidates per item that costs little, and it keeps the query one scan.
    private const int SimilarityCandidates = 400;

    /// <summary>"More like this": the published items nearest to the item, same kind first, nearest colours and attributes next.</summary>
    public async Task<IReadOnlyList<CatalogSimilarItem>> MoreLikeThisAsync(Guid id, int limit = 12, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            with target as (select id, kind, palette from catalog_items where id = @id),
            candidates as (
                select o.id from catalog_items o cross join target t
                where o.status = 'published' and o.id <> t.id
                order by o.kind <> t.kind,
                         power(o.palette[1] - t.palette[1], 2) + power(o.palette[2] - t.palette[2], 2) + power(o.palette[3] - t.palette[3], 2)
                limit @candidates
            )
            select c.id, c.sku, c.kind, c.name, c.category, c.price, c.price_unit, c.palette, c.feature_vector, c.id = @id
            from catalog_items c
            where c.id = @id or c.id in (select id from candidates)
            """);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        command.Parameters.Add(new NpgsqlParameter("candidates", NpgsqlDbType.Integer) { Value = SimilarityCandidates });
        var rows = await CatalogItemReader.ListAsync(command, r => (
            Item: new CatalogSimilarItem(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5), r.GetString(6), 0),
            Profile: new SimilarityProfile(r.GetGuid(0), r.GetString(2), r.GetString(4), r.GetFieldValue<float[]>(7), r.GetFieldValue<float[]>(8)),
            IsTarget: r.GetBoolean(9)), cancellationToken);
        var target = rows.FirstOrDefault(r => r.IsTarget);
        if (target.Profile is null)
            return [];
        return rows.Where(r => !r.IsTarget)
            .Select(r => r.Item with { Distance = CatalogSimilarity.Distance(target.Profile, r.Profile) })
            .OrderBy(r => r.Distance).ThenBy(r => r.Id)
            .Take(Math.Clamp(limit, 1, 100))
            .ToArray();
    }
}
