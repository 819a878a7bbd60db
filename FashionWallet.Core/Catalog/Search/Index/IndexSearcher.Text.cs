namespace FashionWallet.Catalog;

/// <summary>Text matching: a parsed query evaluated to the set of items it matches, phrases checked position by position.</summary>
internal sealed partial class IndexSearcher
{
    private Bitset Evaluate(TextQuery query, IndexSegment segment) => query switch
    {
        TextQuery.TermQuery term => Documents(segment, term.Lexeme),
        TextQuery.PhraseQuery phrase => Phrase(segment, phrase),
        TextQuery.AndQuery and => Evaluate(and.Left, segment).AndWith(Evaluate(and.Right, segment)),
        TextQuery.OrQuery or => Evaluate(or.Left, segment).OrWith(Evaluate(or.Right, segment)),
        TextQuery.NotQuery not => Evaluate(not.Operand, segment).NotInPlace(),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "unknown query node"),
    };

    private Bitset Documents(IndexSegment segment, string lexeme)
    {
        var bits = _arena.Empty(segment.Count);
        if (segment.Postings.TryGetValue(lexeme, out var posting))
        {
            foreach (var document in posting.Documents)
                bits.Set(document);
        }
        return bits;
    }

    /// <summary>Items having every term, with some position of the first term that puts each other term at its offset.</summary>
    private Bitset Phrase(IndexSegment segment, TextQuery.PhraseQuery phrase)
    {
        var postings = new Posting[phrase.Terms.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            if (!segment.Postings.TryGetValue(phrase.Terms[i].Lexeme, out var posting))
                return _arena.Empty(segment.Count);
            postings[i] = posting;
        }
        var candidates = phrase.Terms.Select(t => Documents(segment, t.Lexeme)).Aggregate((a, b) => a.AndWith(b));
        foreach (var document in candidates)
        {
            var first = postings[0].PositionsAt(Array.BinarySearch(postings[0].Documents, document));
            var found = false;
            foreach (var start in first)
            {
                found = true;
                for (var i = 1; i < postings.Length && found; i++)
                {
                    var positions = postings[i].PositionsAt(Array.BinarySearch(postings[i].Documents, document));
                    found = positions.BinarySearch(start + phrase.Terms[i].Offset) >= 0;
                }
                if (found)
                    break;
            }
            if (!found)
                candidates.Clear(document);
        }
        return candidates;
    }
}
