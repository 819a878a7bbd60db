using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>The similarity distance itself (pure) and "more like this" over the seed catalog.</summary>
public sealed class CatalogSimilarityTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private static SimilarityProfile Profile(CatalogItemInput input)
    {
        var valid = CatalogValidator.Validate(input).Item!;
        var derived = CatalogDerived.From(valid);
        return new SimilarityProfile(Guid.NewGuid(), valid.Kind, valid.Category, derived.Palette, derived.FeatureVector);
    }

    [Fact]
    public void Near_colours_are_closer_than_far_ones_and_any_other_kind_is_further_still()
    {
        var navy = Profile(CatalogTestItems.FabricInput("FAB-NAVY", hex: "#1F2A44"));
        var indigo = Profile(CatalogTestItems.FabricInput("FAB-INDIGO", hex: "#2E3A6B"));
        var mustard = Profile(CatalogTestItems.FabricInput("FAB-MUSTARD", hex: "#D4A017"));
        var navyStripe = Profile(CatalogTestItems.Print("PRT-NAVY"));

        Assert.Equal(0, CatalogSimilarity.Distance(navy, navy), 6);
        Assert.True(CatalogSimilarity.Distance(navy, indigo) < CatalogSimilarity.Distance(navy, mustard));
        Assert.True(CatalogSimilarity.Distance(navy, mustard) < CatalogSimilarity.Distance(navy, navyStripe));
    }

    [Fact]
    public async Task More_like_this_lists_the_same_kind_first_nearest_colours_first()
    {
        var denim = await catalog.ItemAsync("FAB-RAW-SELVEDGE-DENIM");

        var similar = await catalog.Search.MoreLikeThisAsync(denim.Id, 10, TestContext.Current.CancellationToken);

        Assert.Equal(10, similar.Count);
        Assert.DoesNotContain(similar, s => s.Id == denim.Id);
        Assert.All(similar, s => Assert.Equal(CatalogKind.Fabric, s.Kind));
        Assert.Equal(similar.OrderBy(s => s.Distance).Select(s => s.Id), similar.Select(s => s.Id));
        var palettes = await PalettesAsync();
        var nearestColour = CatalogSimilarity.PaletteDistance(palettes[denim.Id], palettes[similar[0].Id]);
        var medianColour = palettes.Where(p => p.Key != denim.Id).Select(p => CatalogSimilarity.PaletteDistance(palettes[denim.Id], p.Value)).Order().ElementAt(palettes.Count / 2);
        Assert.True(nearestColour < medianColour / 2, $"nearest {nearestColour:0.0} vs median {medianColour:0.0}");
    }

    [Fact]
    public async Task An_unknown_item_has_nothing_like_it()
    {
        Assert.Empty(await catalog.Search.MoreLikeThisAsync(Guid.NewGuid(), 5, TestContext.Current.CancellationToken));
    }

    private async Task<Dictionary<Guid, float[]>> PalettesAsync()
    {
        await using var command = catalog.DataSource.CreateCommand("select id, palette from catalog_items");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var palettes = new Dictionary<Guid, float[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            palettes[reader.GetGuid(0)] = reader.GetFieldValue<float[]>(1);
        return palettes;
    }
}
