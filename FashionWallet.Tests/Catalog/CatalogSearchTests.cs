using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>Relevance, typos, accents, facets, sorting, paging and hostile input over the seed catalog, in PostgreSQL.</summary>
public sealed class PostgresSearchTests(SeededCatalog catalog) : CatalogSearchTests(catalog, inMemory: false), IClassFixture<SeededCatalog>;

/// <summary>The same tests against the in-memory index.</summary>
public sealed class InMemorySearchTests(SeededCatalog catalog) : CatalogSearchTests(catalog, inMemory: true), IClassFixture<SeededCatalog>;

/// <summary>Relevance, typos, accents, facets, sorting, paging and hostile input over the seed catalog, for either engine.</summary>
public abstract class CatalogSearchTests(SeededCatalog catalog, bool inMemory)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<CatalogSearchResult> SearchAsync(CatalogQuery query) => (inMemory ? catalog.IndexedSearch : catalog.Search).SearchAsync(query, Cancel);

    [Theory]
    [InlineData("cotton poplin", "FAB-STRETCH-COTTON-POPLIN FAB-WASHED-COTTON-POPLIN")]
    [InlineData("crepe de chine", "FAB-CREPE-DE-CHINE")]
    [InlineData("creme", "FAB-CREME-WOOL-CREPE")]
    [InlineData("brass button", "ELM-BRASS-SHANK-BLAZER-BUTTON-20-MM")]
    [InlineData("selvedge denim", "FAB-RAW-SELVEDGE-DENIM")]
    [InlineData("wrap dress", "SIL-WRAP-DRESS")]
    [InlineData("\"invisible zip\"", "ELM-INVISIBLE-ZIP-22-CM")]
    [InlineData("gingham", "PRT-GINGHAM-CHECK-6-MM")]
    public async Task Expected_items_lead_the_results(string text, string expectedTop)
    {
        var result = await SearchAsync(new CatalogQuery { Text = text });

        var expected = expectedTop.Split(' ');
        Assert.Equal(expected.Order(), result.Items.Take(expected.Length).Select(i => i.Sku).Order());
        Assert.False(result.Fuzzy);
    }

    [Fact]
    public async Task Name_matches_rank_above_matches_in_composition_tags_and_description()
    {
        var result = await SearchAsync(new CatalogQuery { Text = "silk", PageSize = 100 });

        var inName = result.Items.Select(i => i.Name.Contains("Silk", StringComparison.Ordinal)).ToArray();
        Assert.True(inName.Count(n => n) >= 5 && inName.Count(n => !n) >= 2, $"{inName.Count(n => n)} in names of {inName.Length}");
        Assert.Equal(inName.OrderDescending(), inName);
    }

    [Fact]
    public async Task A_misspelt_word_is_corrected_and_said_so()
    {
        var result = await SearchAsync(new CatalogQuery { Text = "silk chifon" });

        Assert.Equal("silk chiffon", result.DidYouMean);
        Assert.Equal("FAB-SILK-CHIFFON", result.Items[0].Sku);
    }

    [Fact]
    public async Task When_full_text_finds_nothing_names_are_matched_by_trigram_similarity()
    {
        var result = await SearchAsync(new CatalogQuery { Text = "gabardinne coatt" });

        Assert.True(result.Fuzzy || result.DidYouMean is not null);
        Assert.Contains(result.Items.Take(3), i => i.Sku is "FAB-WOOL-GABARDINE" or "FAB-COTTON-GABARDINE");
    }

    [Fact]
    public async Task Matches_are_highlighted_as_safe_html()
    {
        var result = await SearchAsync(new CatalogQuery { Text = "creme" });

        var hit = result.Items[0];
        Assert.Equal("<mark>Crème</mark> Wool Crêpe", hit.NameHtml);
        Assert.Contains("<mark>", hit.SnippetHtml);
    }

    [Fact]
    public async Task Facet_counts_are_disjunctive_within_a_facet_and_conjunctive_across_facets()
    {
        var all = await SearchAsync(new CatalogQuery { Text = "cotton" });
        var fabrics = await SearchAsync(new CatalogQuery { Text = "cotton", Kinds = [CatalogKind.Fabric] });
        var fabricsOrPrints = await SearchAsync(new CatalogQuery { Text = "cotton", Kinds = [CatalogKind.Fabric, CatalogKind.Element] });
        var blueFabrics = await SearchAsync(new CatalogQuery { Text = "cotton", Kinds = [CatalogKind.Fabric], ColourFamilies = ["blue"] });

        long Count(CatalogSearchResult r, string facet, string value) => r.Facets.Single(f => f.Name == facet).Values.SingleOrDefault(v => v.Value == value)?.Count ?? 0;
        Assert.Equal(all.Total, all.Facets.Single(f => f.Name == "kind").Values.Sum(v => v.Count));
        Assert.Equal(Count(all, "kind", "fabric"), fabrics.Total);
        Assert.Equal(Count(all, "kind", "fabric") + Count(all, "kind", "element"), fabricsOrPrints.Total);
        // Selecting within "kind" leaves the kind counts as they were, so the other kinds can still be added.
        Assert.Equal(all.Facets.Single(f => f.Name == "kind").Values.Select(v => (v.Value, v.Count)), fabrics.Facets.Single(f => f.Name == "kind").Values.Select(v => (v.Value, v.Count)));
        Assert.True(fabrics.Facets.Single(f => f.Name == "kind").Values.Single(v => v.Value == "fabric").Selected);
        Assert.Equal(Count(fabrics, "colour", "blue"), blueFabrics.Total);
        Assert.All(blueFabrics.Items, i => Assert.Contains("blue", i.ColourFamilies));
        Assert.True(blueFabrics.Total < fabrics.Total);
    }

    [Fact]
    public async Task Facet_counts_agree_with_the_data()
    {
        var result = await SearchAsync(new CatalogQuery { Kinds = [CatalogKind.Fabric] });

        await using var command = catalog.DataSource.CreateCommand(
            "select m, count(*) from catalog_items, unnest(materials) m where kind = 'fabric' and status = 'published' group by m");
        var expected = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync(Cancel))
            while (await reader.ReadAsync(Cancel))
                expected[reader.GetString(0)] = reader.GetInt64(1);
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)), result.Facets.Single(f => f.Name == "material").Values.OrderBy(v => v.Value).Select(v => (v.Value, v.Count)));
        Assert.Contains(result.Facets.Single(f => f.Name == "stretch").Values, v => v.Value == "four-way" && v.Count > 0);
        Assert.Equal(result.Total, result.Facets.Single(f => f.Name == "price").Values.Sum(v => v.Count));
    }

    [Theory]
    [InlineData(CatalogSort.PriceAscending)]
    [InlineData(CatalogSort.PriceDescending)]
    [InlineData(CatalogSort.Newest)]
    [InlineData(CatalogSort.Trending)]
    [InlineData(CatalogSort.Relevance)]
    public async Task Keyset_pages_cover_every_match_once_in_order(CatalogSort sort)
    {
        var query = new CatalogQuery { Text = sort == CatalogSort.Relevance ? "cotton" : null, Sort = sort, PageSize = 7, IncludeFacets = false };
        var everything = await SearchAsync(query with { PageSize = 100 });
        var paged = new List<CatalogSearchHit>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync(query with { Cursor = cursor });
            Assert.Empty(page.Errors);
            paged.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(everything.Total, paged.Count);
        Assert.Equal(paged.Count, paged.Select(i => i.Id).Distinct().Count());
        Assert.Equal(everything.Items.Select(i => i.Id).Take(paged.Count), paged.Select(i => i.Id).Take(everything.Items.Count));
    }

    [Fact]
    public async Task Sorting_by_price_orders_by_price()
    {
        var ascending = await SearchAsync(new CatalogQuery { Text = "button", Sort = CatalogSort.PriceAscending });
        var descending = await SearchAsync(new CatalogQuery { Text = "button", Sort = CatalogSort.PriceDescending });

        Assert.True(ascending.Items.Count > 3);
        Assert.Equal(ascending.Items.Select(i => i.Price).Order(), ascending.Items.Select(i => i.Price));
        Assert.Equal(descending.Items.Select(i => i.Price).OrderDescending(), descending.Items.Select(i => i.Price));
        Assert.Equal(ascending.Items[0].Price, descending.Items[^1].Price);
    }

    [Fact]
    public async Task A_price_range_keeps_results_inside_it()
    {
        var result = await SearchAsync(new CatalogQuery { Kinds = [CatalogKind.Fabric], MinPrice = 10, MaxPrice = 20, PageSize = 100 });

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, i => Assert.InRange(i.Price, 10m, 20m));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("cotton & | ! <-> :* ( ) ))")]
    [InlineData("'; DROP TABLE catalog_items; --")]
    [InlineData("1=1 OR 'a'='a'")]
    [InlineData("👗🧵✂️")]
    [InlineData("\u0000\u0001\ud800 cotton")]
    [InlineData("-")]
    [InlineData("or or or")]
    [InlineData("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - cotton")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Hostile_or_odd_text_never_fails(string? text)
    {
        var result = await SearchAsync(new CatalogQuery { Text = text });
        var suggestions = await catalog.Search.SuggestAsync(text, cancellationToken: Cancel);

        Assert.Empty(result.Errors);
        Assert.True(result.Total >= 0 && suggestions.Count >= 0);
        Assert.Equal(169L, await ScalarAsync("select count(*) from catalog_items"));
    }

    [Fact]
    public async Task A_ten_kilobyte_query_is_capped_and_answered()
    {
        var result = await SearchAsync(new CatalogQuery { Text = string.Concat(Enumerable.Repeat("cotton poplin ", 800)) });

        Assert.Empty(result.Errors);
        Assert.Contains(result.Items, i => i.Sku == "FAB-WASHED-COTTON-POPLIN");
    }

    [Fact]
    public async Task Unknown_facet_values_negative_prices_and_forged_cursors_are_refused_by_field()
    {
        var result = await SearchAsync(new CatalogQuery { Kinds = ["hat"], ColourFamilies = ["ultraviolet"], MinPrice = -1, PageSize = 0, Cursor = "not-a-cursor" });

        Assert.Empty(result.Items);
        Assert.Equal(["kind", "colour", "minPrice", "pageSize", "cursor"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_cursor_only_continues_the_search_that_made_it()
    {
        var first = await SearchAsync(new CatalogQuery { Text = "cotton", PageSize = 5 });

        var other = await SearchAsync(new CatalogQuery { Text = "linen", PageSize = 5, Cursor = first.NextCursor });

        Assert.Equal("cursor", Assert.Single(other.Errors).Field);
    }

    [Fact]
    public async Task Suggestions_complete_prefixes_and_forgive_typos()
    {
        var prefix = await catalog.Search.SuggestAsync("popl", cancellationToken: Cancel);
        var inner = await catalog.Search.SuggestAsync("chiff", cancellationToken: Cancel);
        var typo = await catalog.Search.SuggestAsync("gabardin", cancellationToken: Cancel);

        Assert.Contains(prefix.Take(2), s => s.Name == "Washed Cotton Poplin" || s.Name == "Stretch Cotton Poplin");
        Assert.Equal(["Polyester Chiffon", "Silk Chiffon"], inner.Take(2).Select(s => s.Name).Order());
        Assert.Contains(typo, s => s.Name == "Wool Gabardine");
        Assert.Empty(await catalog.Search.SuggestAsync("p", cancellationToken: Cancel));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = catalog.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
