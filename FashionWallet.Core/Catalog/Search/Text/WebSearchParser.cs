namespace FashionWallet.Catalog;

/// <summary>
/// <c>websearch_to_tsquery('catalog_english', text)</c> in C#: words are ANDed, "quoted text" is a phrase, <c>or</c>
/// between operands is OR, a leading <c>-</c> negates; tsquery operator characters are ignored; a word the parser
/// splits (half-drop, cotton/linen) becomes a phrase of its parts. Operands without lexemes (stop words, symbols)
/// drop out with their operators. Any text parses; the result is null when nothing is left to search for.
/// </summary>
internal static class WebSearchParser
{
    private enum Operator
    {
        Or = 1,
        And = 2,
        Not = 4,
    }

    private enum State
    {
        FirstOperand,
        Operand,
        Operator,
    }

    public static TextQuery? Parse(string text)
    {
        var output = new Stack<TextQuery?>();
        var operators = new Stack<Operator>();
        var state = State.FirstOperand;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (state != State.Operator)
            {
                if (c == '-')
                {
                    PushOperator(Operator.Not, output, operators);
                    state = State.Operand;
                    i++;
                }
                else if (c == '"')
                {
                    var close = text.IndexOf('"', i + 1);
                    var end = close < 0 ? text.Length : close;
                    output.Push(Operand(text[(i + 1)..end]));
                    i = close < 0 ? text.Length : close + 1;
                    state = State.Operator;
                }
                else if (IsOperatorCharacter(c) || IsSpace(c))
                {
                    i++;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !IsSpace(text[end]) && text[end] != '"' && !IsOperatorCharacter(text[end]))
                        end++;
                    output.Push(Operand(text[i..end]));
                    i = end;
                    state = State.Operator;
                }
            }
            else if (IsOr(text, i))
            {
                PushOperator(Operator.Or, output, operators);
                state = State.Operand;
                i += 2;
            }
            else if (IsOperatorCharacter(c) || IsSpace(c))
            {
                i++;
            }
            else
            {
                PushOperator(Operator.And, output, operators);
                state = State.Operand;
            }
        }
        if (state == State.Operand)
            output.Push(null); // an operator with nothing after it: PostgreSQL supplies a placeholder operand
        while (operators.Count > 0)
            Apply(operators.Pop(), output);
        return output.Count == 0 ? null : output.Pop();
    }

    /// <summary>One operand's lexemes: a term, a phrase of several, or null when the text has none.</summary>
    private static TextQuery? Operand(string value)
    {
        var lexemes = TextAnalyzer.Analyse(value).Where(w => w.Lexeme is not null).ToArray();
        if (lexemes.Length == 0)
            return null;
        if (lexemes.Length == 1)
            return new TextQuery.TermQuery(lexemes[0].Lexeme!);
        var first = lexemes[0].Position;
        return new TextQuery.PhraseQuery(lexemes.Select(w => (w.Lexeme!, w.Position - first)).ToArray());
    }

    private static void PushOperator(Operator next, Stack<TextQuery?> output, Stack<Operator> operators)
    {
        // Shunting-yard as PostgreSQL's makepol: pop what binds at least as tightly; NOT is right-associative.
        while (operators.Count > 0 && (next == Operator.Not ? (int)next < (int)operators.Peek() : (int)next <= (int)operators.Peek()))
            Apply(operators.Pop(), output);
        operators.Push(next);
    }

    private static void Apply(Operator op, Stack<TextQuery?> output)
    {
        if (op == Operator.Not)
        {
            var operand = output.Count > 0 ? output.Pop() : null;
            output.Push(operand is null ? null : new TextQuery.NotQuery(operand));
            return;
        }
        var right = output.Count > 0 ? output.Pop() : null;
        var left = output.Count > 0 ? output.Pop() : null;
        output.Push(left is null ? right : right is null ? left
            : op == Operator.And ? new TextQuery.AndQuery(left, right) : new TextQuery.OrQuery(left, right));
    }

    /// <summary>"or" as an operator: not part of a word, and followed later by something other than spaces.</summary>
    private static bool IsOr(string text, int i)
    {
        if (i + 2 >= text.Length || !text.AsSpan(i, 2).Equals("or", StringComparison.OrdinalIgnoreCase))
            return false;
        var next = text[i + 2];
        if (next is '-' or '_' || char.IsLetterOrDigit(next))
            return false;
        for (var j = i + 3; j < text.Length; j++)
        {
            if (!IsSpace(text[j]))
                return true;
        }
        return false;
    }

    private static bool IsOperatorCharacter(char c) => c is '!' or '&' or '|' or '(' or ')' or '<';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
