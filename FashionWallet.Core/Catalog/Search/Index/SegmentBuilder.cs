namespace FashionWallet.Catalog;

/// <summary>
/// Builds a segment the way the database builds <c>search_document</c>: name (weight A), tags (B), material text (C)
/// and description (D) are analysed separately and concatenated, each field's positions shifted past the last
/// position of the fields before it (tsvector ||), at most 256 positions per lexeme, positions capped at 16383.
/// </summary>
internal static class SegmentBuilder
{
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerField = 255;
    private const int MaxPositionsPerLexeme = 256;

    public static IndexSegment Build(IReadOnlyList<IndexedItem> items)
    {
        var postings = new Dictionary<string, PostingBuilder>(StringComparer.Ordinal);
        var published = new Bitset(items.Count);
        var facetValues = SearchFacet.All.Select(f => f.Values.Select(_ => new Bitset(items.Count)).ToArray()).ToArray();
        var facetMasks = SearchFacet.All.Select(_ => new ulong[items.Count]).ToArray();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameOf = new int[items.Count];
        var lexemes = new Dictionary<string, List<(int Position, int Weight)>>(StringComparer.Ordinal);
        var words = new List<AnalysedWord>();
        for (var ordinal = 0; ordinal < items.Count; ordinal++)
        {
            var item = items[ordinal];
            Analyse(item, lexemes, words);
            foreach (var (lexeme, positions) in lexemes)
            {
                if (!postings.TryGetValue(lexeme, out var posting))
                    postings[lexeme] = posting = new PostingBuilder();
                posting.Add(ordinal, positions);
            }
            if (item.Status == CatalogStatus.Published)
                published.Set(ordinal);
            for (var f = 0; f < SearchFacet.All.Count; f++)
            {
                var facet = SearchFacet.All[f];
                foreach (var value in facet.Of(item))
                {
                    var index = facet.IndexOf(value);
                    if (index < 0)
                        continue;
                    facetValues[f][index].Set(ordinal);
                    facetMasks[f][ordinal] |= 1UL << index;
                }
            }
            var name = TextAnalyzer.Fold(item.Name);
            if (!names.TryGetValue(name, out var nameId))
                names[name] = nameId = names.Count;
            nameOf[ordinal] = nameId;
        }

        var distinctNames = names.OrderBy(n => n.Value).Select(n => n.Key).ToArray();
        var priceCents = items.Select(i => (long)(i.Price * 100)).ToArray();
        var createdTicks = items.Select(i => i.CreatedAt.UtcTicks).ToArray();
        var idKeys = items.Select(i => IndexSegment.IdKey(i.Id)).ToArray();
        return new IndexSegment
        {
            Items = items.ToArray(),
            Postings = postings.ToDictionary(p => p.Key, p => p.Value.Build(), StringComparer.Ordinal),
            Published = published,
            FacetValues = facetValues,
            FacetMasks = facetMasks,
            PriceCents = priceCents,
            CreatedTicks = createdTicks,
            IdKeys = idKeys,
            Orders = SortOrders.For(priceCents, createdTicks, idKeys),
            OrdinalOf = items.Select((item, ordinal) => (item.Id, ordinal)).ToDictionary(p => p.Id, p => p.ordinal),
            Names = new IndexedNames(distinctNames, distinctNames.Select(Trigrams.Set).ToArray(), distinctNames.Select(Trigrams.Sequence).ToArray(), nameOf),
        };
    }

    /// <summary>ts_rank's part for one lexeme of one document (PostgreSQL's calc_rank_or, before the division), in float as there.</summary>
    public static float RankContribution(ReadOnlySpan<(int Position, int Weight)> positions)
    {
        float sum = 0f, maxWeight = -1f;
        var maxAt = 0;
        for (var j = 0; j < positions.Length; j++)
        {
            var weight = RankWeights[positions[j].Weight];
            sum += weight / (float)((j + 1) * (j + 1));
            if (weight > maxWeight)
            {
                maxWeight = weight;
                maxAt = j;
            }
        }
        return maxWeight + sum - maxWeight / (float)((maxAt + 1) * (maxAt + 1));
    }

    /// <summary>ts_rank's weights by weight class D, C, B, A (description, composition, tags, name).</summary>
    public static ReadOnlySpan<float> RankWeights => [0.1f, 0.2f, 0.4f, 1.0f];

    /// <summary>An item's lexemes with their positions and weights (3 = A ... 0 = D): its search_document.</summary>
    internal static Dictionary<string, List<(int Position, int Weight)>> Lexemes(IndexedItem item)
    {
        var lexemes = new Dictionary<string, List<(int Position, int Weight)>>(StringComparer.Ordinal);
        Analyse(item, lexemes, []);
        return lexemes;
    }

    private static void Analyse(IndexedItem item, Dictionary<string, List<(int Position, int Weight)>> lexemes, List<AnalysedWord> words)
    {
        lexemes.Clear();
        var offset = 0;
        foreach (var (text, weight) in new[] { (item.Name, 3), (string.Join(' ', item.Tags), 2), (item.MaterialText, 1), (item.Description, 0) })
        {
            words.Clear();
            TextAnalyzer.Analyse(text, words);
            var last = 0;
            var inField = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.Lexeme is null)
                    continue;
                var count = inField.GetValueOrDefault(word.Lexeme);
                if (count >= MaxPositionsPerField)
                    continue;
                inField[word.Lexeme] = count + 1;
                if (!lexemes.TryGetValue(word.Lexeme, out var positions))
                    lexemes[word.Lexeme] = positions = [];
                if (positions.Count < MaxPositionsPerLexeme && (positions.Count == 0 || positions[^1].Position != MaxPosition))
                    positions.Add((Math.Min(word.Position + offset, MaxPosition), weight));
                last = Math.Max(last, word.Position);
            }
            offset += last;
        }
    }

    private sealed class PostingBuilder
    {
        private readonly List<int> _documents = [];
        private readonly List<float> _ranks = [];
        private readonly List<int> _positionStarts = [0];
        private readonly List<int> _positions = [];

        public void Add(int ordinal, List<(int Position, int Weight)> positions)
        {
            _documents.Add(ordinal);
            _ranks.Add(RankContribution(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions)));
            foreach (var (position, _) in positions)
                _positions.Add(position);
            _positionStarts.Add(_positions.Count);
        }

        public Posting Build() => new([.. _documents], [.. _ranks], [.. _positionStarts], [.. _positions]);
    }
}
