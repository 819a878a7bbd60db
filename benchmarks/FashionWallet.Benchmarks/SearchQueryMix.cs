using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Benchmarks;

/// <summary>
/// A reproducible mix of distinct searches drawn from the loaded catalog's own words and names, so no cache of
/// repeated queries can flatter the figures: single words, several words of a name, misspelt words (a letter
/// dropped, doubled or swapped), accented spellings, quoted phrases, facet filters with and without text, every sort,
/// and second pages (marked <see cref="MixQuery.SecondPage"/>: the benchmark fetches their first page's cursor once).
/// </summary>
internal static class SearchQueryMix
{
    public static async Task<IReadOnlyList<MixQuery>> CreateAsync(NpgsqlDataSource dataSource, int count, int seed = 11)
    {
        var words = await ListAsync(dataSource, "select word from catalog_words where length(word) >= 4 and word !~ '[0-9]' order by word");
        var names = await ListAsync(dataSource, "select distinct name from catalog_items where status = 'published' order by name");
        var random = new Random(seed);
        var queries = new HashSet<MixQuery>();
        for (var i = 0; queries.Count < count && i < count * 20; i++)
        {
            var shape = i % 10;
            var query = shape switch
            {
                0 => new CatalogQuery { Text = Pick(random, words) },
                1 => new CatalogQuery { Text = NameWords(random, names, 2 + random.Next(2)) },
                2 => new CatalogQuery { Text = Misspell(random, Pick(random, words)) },
                3 => new CatalogQuery { Text = Accent(random, Pick(random, words)) },
                4 => new CatalogQuery { Text = $"\"{NameWords(random, names, 2)}\"" },
                5 => Filtered(random, new CatalogQuery { Text = random.Next(2) == 0 ? Pick(random, words) : null }),
                6 => new CatalogQuery { Text = random.Next(3) == 0 ? null : Pick(random, words), Sort = (CatalogSort)random.Next(5) },
                7 => Filtered(random, new CatalogQuery { Sort = (CatalogSort)random.Next(5), MinPrice = random.Next(0, 20), MaxPrice = random.Next(30, 200) }),
                8 => new CatalogQuery { Text = $"{Pick(random, words)} -{Pick(random, words)}" },
                _ => new CatalogQuery { Text = random.Next(4) == 0 ? null : Pick(random, words), Sort = (CatalogSort)random.Next(5) },
            };
            queries.Add(new MixQuery(query, SecondPage: shape == 9));
        }
        return queries.ToArray();
    }

    private static CatalogQuery Filtered(Random random, CatalogQuery query) => random.Next(4) switch
    {
        0 => query with { Kinds = Some(random, CatalogKind.All, 2) },
        1 => query with { Kinds = [CatalogKind.Fabric], ColourFamilies = Some(random, Colour.Families, 2) },
        2 => query with { Materials = Some(random, ["cotton", "linen", "wool", "silk", "viscose", "polyester"], 2), Stretch = Some(random, CatalogVocabulary.Stretches, 2) },
        _ => query with { PriceBands = Some(random, PriceBands.All.Select(b => b.Key).ToArray(), 2), Categories = Some(random, ["tops", "dresses", "shirting", "suiting", "floral", "buttons"], 3) },
    };

    private static string[] Some(Random random, IReadOnlyList<string> values, int most) =>
        values.OrderBy(_ => random.Next()).Take(1 + random.Next(most)).ToArray();

    private static string NameWords(Random random, IReadOnlyList<string> names, int count)
    {
        var words = Pick(random, names).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = random.Next(Math.Max(1, words.Length - count + 1));
        return string.Join(' ', words.Skip(start).Take(count)).ToLowerInvariant();
    }

    private static string Misspell(Random random, string word)
    {
        var at = 1 + random.Next(word.Length - 2);
        return random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            _ => string.Concat(word[..at], word[at + 1], word[at], word[(at + 2)..]),
        };
    }

    private static string Accent(Random random, string word)
    {
        var vowels = word.Select((c, i) => (c, i)).Where(p => "aeiou".Contains(p.c)).ToArray();
        if (vowels.Length == 0)
            return word;
        var (vowel, at) = vowels[random.Next(vowels.Length)];
        var accented = vowel switch { 'a' => 'à', 'e' => 'é', 'i' => 'ï', 'o' => 'ô', _ => 'ü' };
        return string.Concat(word[..at], accented, word[(at + 1)..]);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static async Task<List<string>> ListAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }
}

/// <summary>A search of the mix; a second page is requested with the cursor its first page gave.</summary>
internal sealed record MixQuery(CatalogQuery Query, bool SecondPage)
{
    public string Shape => Query switch
    {
        _ when SecondPage => "second page",
        { Kinds.Count: > 0 } or { Materials.Count: > 0 } or { PriceBands.Count: > 0 } => "facet-filtered",
        { Sort: not CatalogSort.Relevance } => "sorted",
        { Text: null } => "browse",
        _ => "text",
    };

    public bool Equals(MixQuery? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    private string Key => string.Join('|', Query.Text, Query.Sort, Query.MinPrice, Query.MaxPrice, SecondPage,
        string.Join(',', Query.Kinds), string.Join(',', Query.Categories), string.Join(',', Query.ColourFamilies),
        string.Join(',', Query.Materials), string.Join(',', Query.PriceBands), string.Join(',', Query.Stretch));
}
