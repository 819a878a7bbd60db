using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog.Search;

/// <summary>
/// PostgreSQL as the oracle of the in-memory engine: the same lexemes, positions and weights for every seed item, the
/// same parsed queries, the same accent folding, and for varied searches the same totals, facet counts, corrections
/// and first pages.
/// </summary>
public sealed class SearchEngineAgreementTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Texts =>
    [
        "cotton", "silk chiffon", "crepe de chine", "crème", "Crêpe", "wool flannel suiting", "brass button", "\"invisible zip\"",
        "\"coat of arms\"", "half-drop", "mother-of-pearl", "four-way stretch", "cotton -linen", "cotton or linen", "silk -chiffon or wool",
        "chifon", "gabardin", "jersy", "gabardinne coatt", "selvedge denim", "18/20/20", "g/m2", "100% cotton", "2.4 cm", "14oz",
        "buttons", "zips", "pleated", "embroidered", "knitted", "the", "or or or", "-", "\"unbalanced", "cotton & | ! <-> :* ( ) ))",
        "'; DROP TABLE catalog_items; --", "1=1 OR 'a'='a'", "👗🧵", "naïve café", "STRAẞE", "Ærø", "organic-cotton poplin",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Both_engines_agree_on_totals_facets_corrections_and_first_pages(string text)
    {
        foreach (var query in new[]
        {
            new CatalogQuery { Text = text },
            new CatalogQuery { Text = text, Kinds = [CatalogKind.Fabric, CatalogKind.Element], ColourFamilies = ["blue", "white"] },
            new CatalogQuery { Text = text, Sort = CatalogSort.PriceDescending, MinPrice = 5, MaxPrice = 60, IncludeUnpublished = true },
        })
        {
            var expected = await catalog.Search.SearchAsync(query, Cancel);
            var actual = await catalog.IndexedSearch.SearchAsync(query, Cancel);

            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(Describe(expected.Facets), Describe(actual.Facets));
            Assert.Equal((expected.DidYouMean, expected.Fuzzy), (actual.DidYouMean, actual.Fuzzy));
            Assert.Equal(expected.Items.Select(i => (i.Sku, i.Score, i.NameHtml)), actual.Items.Select(i => (i.Sku, i.Score, i.NameHtml)));
            Assert.Equal(expected.NextCursor is null, actual.NextCursor is null);
        }
    }

    [Fact]
    public async Task Every_seed_item_is_analysed_as_postgresql_analyses_it()
    {
        var items = (await catalog.Index.Current!.SearchAsync(SearchPlan.From(new CatalogQuery { IncludeUnpublished = true, PageSize = 100 }).Plan!)).Total;
        var expected = new Dictionary<string, string>();
        await using (var command = catalog.DataSource.CreateCommand("""
            select sku, string_agg(l.lexeme || ':' || array_to_string(l.positions, ',') || ':' || array_to_string(l.weights, ','), ' ' order by l.lexeme collate "C")
            from catalog_items, unnest(search_document) l group by sku
            """))
        await using (var reader = await command.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel))
                expected[reader.GetString(0)] = reader.GetString(1);
        }

        var segment = catalog.Index.Current.Segments[0].Segment;
        var actual = segment.Items.ToDictionary(i => i.Sku, i => string.Join(' ', SegmentBuilder.Lexemes(i).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}:{string.Join(',', l.Value.Select(p => p.Position))}:{string.Join(',', l.Value.Select(p => "DCBA"[p.Weight]))}")));
        Assert.Equal(169, items);
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key]));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Queries_parse_as_websearch_to_tsquery_parses_them(string text)
    {
        var normalised = SearchText.Normalise(text);
        var expected = await ScalarTextAsync("select websearch_to_tsquery('catalog_english', @text)::text", normalised);

        Assert.Equal(expected, WebSearchParser.Parse(normalised)?.ToString() ?? "");
    }

    [Fact]
    public async Task Accents_fold_as_unaccent_folds_them()
    {
        // Latin-1, Latin Extended-A and Additional, Greek, ligatures, full-width: the letters catalog text can carry.
        var letters = string.Concat(Enumerable.Range(0xC0, 0x180 - 0xC0).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x386, 0x49))
            .Concat(Enumerable.Range(0xFB00, 7)).Concat(Enumerable.Range(0xFF21, 0x3A)).Select(c => (char)c).Where(char.IsLetter).Select(c => $"{c} "));

        Assert.Equal(await ScalarTextAsync("select catalog_unaccent(@text)", letters), Unaccent.Fold(letters));
    }

    [Fact]
    public async Task The_stemmer_agrees_with_english_stem_on_every_word_of_the_catalog()
    {
        var expected = new List<(string Word, string Stem)>();
        await using (var command = catalog.DataSource.CreateCommand("""
            select w, coalesce((ts_lexize('english_stem', w))[1], '')
            from (select distinct lower(catalog_unaccent(w)) as w
                  from catalog_items, regexp_split_to_table(name || ' ' || description || ' ' || material_text || ' ' || array_to_string(tags, ' '), '[^[:alpha:]]+') w) words
            where w <> ''
            """))
        await using (var reader = await command.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel))
                expected.Add((reader.GetString(0), reader.GetString(1)));
        }

        Assert.True(expected.Count > 500, $"only {expected.Count} words");
        Assert.Equal(expected, expected.Select(e => (e.Word, EnglishStopWords.Contains(e.Word) ? "" : EnglishStemmer.Stem(e.Word))));
    }

    private static string Describe(IReadOnlyList<CatalogFacet> facets) =>
        string.Join("; ", facets.Select(f => $"{f.Name}: {string.Join(", ", f.Values.Select(v => $"{v.Value}={v.Count}{(v.Selected ? "*" : "")}"))}"));

    private async Task<string> ScalarTextAsync(string sql, string text)
    {
        await using var command = catalog.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("text", text);
        return (string)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
