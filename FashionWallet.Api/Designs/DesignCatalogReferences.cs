using FashionWallet.Api.Security;
using FashionWallet.Catalog;
using FashionWallet.Designs;

namespace FashionWallet.Api.Designs;

/// <summary>
/// The catalog items an edit brings into a design must be in the catalog as people see it (published, of the right
/// kind): an id made up, mistyped, a draft or an archived item is refused with the operation's field, so a design
/// never names something its views cannot show or production cannot source.
/// </summary>
internal static class DesignCatalogReferences
{
    public static async Task CheckAsync(IReadOnlyList<DesignOperation> operations, CatalogStore catalog, FieldErrors errors, CancellationToken cancellationToken)
    {
        var references = operations.Select(o => o.CatalogReferences().ToArray()).ToArray();
        var items = await catalog.GetManyAsync([.. references.SelectMany(r => r).Select(r => r.Id)], cancellationToken);
        for (var i = 0; i < references.Length; i++)
        {
            foreach (var reference in references[i])
            {
                var item = items.GetValueOrDefault(reference.Id);
                var problem = item switch
                {
                    null or { Status: CatalogStatus.Draft } => $"There is no {reference.Kind} {reference.Id} in the catalog.",
                    _ when item.Kind != reference.Kind => $"'{item.Name}' is a {item.Kind}, not a {reference.Kind}.",
                    { Status: CatalogStatus.Archived } when !reference.MayBeArchived => $"'{item.Name}' was withdrawn from the catalog: choose another {reference.Kind}.",
                    _ => null,
                };
                errors.Add($"operations[{i}].{reference.Field}", problem);
            }
        }
    }
}
