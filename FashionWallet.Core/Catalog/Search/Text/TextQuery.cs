using System.Text;

namespace FashionWallet.Catalog;

/// <summary>
/// A parsed text query, the tree <c>websearch_to_tsquery</c> builds: terms, phrases (terms at fixed distances), and,
/// or, not. <see cref="ToString"/> prints it the way PostgreSQL prints a tsquery, so the two can be compared.
/// </summary>
internal abstract record TextQuery
{
    private const int OrPriority = 1;
    private const int AndPriority = 2;
    private const int PhrasePriority = 3;
    private const int NotPriority = 4;

    /// <summary>Every lexeme the query names, negated ones included (ts_rank averages over them all).</summary>
    public abstract IEnumerable<string> Lexemes();

    /// <summary>
    /// <c>a || b</c> on tsqueries: either side may be empty (null). Two equal sides make one: <c>q | q</c> matches, ranks
    /// (over distinct lexemes) and highlights exactly as <c>q</c>, at half the work.
    /// </summary>
    public static TextQuery? Either(TextQuery? left, TextQuery? right) =>
        left is null ? right : right is null || left.ToString() == right.ToString() ? left : new OrQuery(left, right);

    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Print(text, 0, false);
        return text.ToString();
    }

    protected abstract void Print(StringBuilder text, int parentPriority, bool rightOfPhrase);

    protected static void PrintBinary(StringBuilder text, TextQuery left, string operatorText, TextQuery right, int priority, int parentPriority, bool parenthesise)
    {
        if (parenthesise || priority < parentPriority)
            text.Append("( ");
        left.Print(text, priority, false);
        text.Append(operatorText);
        right.Print(text, priority, priority == PhrasePriority);
        if (parenthesise || priority < parentPriority)
            text.Append(" )");
    }

    internal sealed record TermQuery(string Lexeme) : TextQuery
    {
        public override IEnumerable<string> Lexemes() => [Lexeme];

        protected override void Print(StringBuilder text, int parentPriority, bool rightOfPhrase) =>
            text.Append('\'').Append(Lexeme.Replace("'", "''", StringComparison.Ordinal).Replace(@"\", @"\\", StringComparison.Ordinal)).Append('\'');
    }

    /// <summary>Terms that must stand at these offsets from the first one (a quoted phrase, or a hyphenated word).</summary>
    internal sealed record PhraseQuery(IReadOnlyList<(string Lexeme, int Offset)> Terms) : TextQuery
    {
        public override IEnumerable<string> Lexemes() => Terms.Select(t => t.Lexeme);

        protected override void Print(StringBuilder text, int parentPriority, bool rightOfPhrase) => PrintPrefix(text, Terms.Count, parentPriority, rightOfPhrase);

        private void PrintPrefix(StringBuilder text, int count, int parentPriority, bool rightOfPhrase)
        {
            if (count == 1)
            {
                new TermQuery(Terms[0].Lexeme).Print(text, parentPriority, rightOfPhrase);
                return;
            }
            var parenthesise = PhrasePriority < parentPriority || rightOfPhrase;
            if (parenthesise)
                text.Append("( ");
            PrintPrefix(text, count - 1, PhrasePriority, false);
            var distance = Terms[count - 1].Offset - Terms[count - 2].Offset;
            text.Append(distance == 1 ? " <-> " : $" <{distance}> ");
            new TermQuery(Terms[count - 1].Lexeme).Print(text, PhrasePriority, true);
            if (parenthesise)
                text.Append(" )");
        }
    }

    internal sealed record AndQuery(TextQuery Left, TextQuery Right) : TextQuery
    {
        public override IEnumerable<string> Lexemes() => Left.Lexemes().Concat(Right.Lexemes());

        protected override void Print(StringBuilder text, int parentPriority, bool rightOfPhrase) =>
            PrintBinary(text, Left, " & ", Right, AndPriority, parentPriority, false);
    }

    internal sealed record OrQuery(TextQuery Left, TextQuery Right) : TextQuery
    {
        public override IEnumerable<string> Lexemes() => Left.Lexemes().Concat(Right.Lexemes());

        protected override void Print(StringBuilder text, int parentPriority, bool rightOfPhrase) =>
            PrintBinary(text, Left, " | ", Right, OrPriority, parentPriority, false);
    }

    internal sealed record NotQuery(TextQuery Operand) : TextQuery
    {
        public override IEnumerable<string> Lexemes() => Operand.Lexemes();

        protected override void Print(StringBuilder text, int parentPriority, bool rightOfPhrase)
        {
            if (NotPriority < parentPriority)
                text.Append("( ");
            text.Append('!');
            Operand.Print(text, NotPriority, false);
            if (NotPriority < parentPriority)
                text.Append(" )");
        }
    }
}
