namespace FashionWallet.Catalog;

/// <summary>
/// The seed catalog: every silhouette, fabric, print and element of the seed lists, with prices and colourways drawn
/// from a fixed seed, so the same seed always gives the same catalog. All seed items are published.
/// </summary>
public static class CatalogSeed
{
    public const int DefaultSeed = 2026;

    public static IReadOnlyList<CatalogItemInput> Generate(int seed = DefaultSeed) =>
        Items(seed).Select(item => item.ToInput(CatalogStatus.Published)).ToArray();

    /// <summary>Imports the seed catalog (all or nothing, idempotent: seeding twice changes nothing).</summary>
    public static Task<CatalogImportReport> SeedAsync(CatalogStore store, int seed = DefaultSeed, CancellationToken cancellationToken = default) =>
        store.ImportAsync(Generate(seed).Select((input, i) => new CatalogFileRow(i + 1, input)).ToArray(), actor: null, cancellationToken);

    internal static IEnumerable<SeedItem> Items(int seed)
    {
        var random = new Random(seed);
        foreach (var spec in SeedSilhouettes.All)
            yield return SeedItems.Silhouette(spec, random, SeedItem.SkuFor("SIL", spec.Name), spec.Name);
        foreach (var spec in SeedFabrics.All)
            yield return SeedItems.Fabric(spec, random, SeedItem.SkuFor("FAB", spec.Name), spec.Name);
        foreach (var spec in SeedPrints.All)
            yield return SeedItems.Print(spec, random, SeedItem.SkuFor("PRT", spec.Name), spec.Name);
        foreach (var spec in SeedElements.All)
            yield return SeedItems.Element(spec, random, SeedItem.SkuFor("ELM", spec.Name), spec.Name);
    }
}
