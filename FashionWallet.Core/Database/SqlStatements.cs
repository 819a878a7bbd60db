namespace FashionWallet.Database;

/// <summary>One statement of a SQL script and where it starts in the script.</summary>
public sealed record SqlStatement(int Start, string Text);

/// <summary>
/// Splits a SQL script at its top-level semicolons, skipping those inside quotes ('...', "...", E'...'),
/// dollar-quoted bodies ($$...$$, $tag$...$tag$) and comments (-- and nested /* */). Migrations run as a batch
/// of these statements, so an error names the statement, and the line, where it happened.
/// </summary>
public static class SqlStatements
{
    public static IReadOnlyList<SqlStatement> Split(string sql)
    {
        var statements = new List<SqlStatement>();
        var firstCode = -1;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
                continue;
            }
            if (c == '/' && next == '*')
            {
                i = SkipBlockComment(sql, i);
                continue;
            }
            if (c == ';')
            {
                if (firstCode >= 0)
                    statements.Add(new SqlStatement(firstCode, sql[firstCode..i]));
                firstCode = -1;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (firstCode < 0)
                firstCode = i;
            i = c switch
            {
                '\'' => SkipQuoted(sql, i, '\'', backslashEscapes: i > 0 && sql[i - 1] is 'E' or 'e' && !IsIdentifierChar(i > 1 ? sql[i - 2] : ' ')),
                '"' => SkipQuoted(sql, i, '"', backslashEscapes: false),
                '$' when (i == 0 || !IsIdentifierChar(sql[i - 1])) && DollarTag(sql, i) is { } tag => SkipDollarQuoted(sql, i, tag),
                _ => i + 1,
            };
        }
        if (firstCode >= 0)
            statements.Add(new SqlStatement(firstCode, sql[firstCode..].TrimEnd()));
        return statements;
    }

    private static int SkipBlockComment(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && i + 1 < sql.Length && sql[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                    return i;
            }
            else
            {
                i++;
            }
        }
        return sql.Length;
    }

    private static int SkipQuoted(string sql, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.Length;
    }

    /// <summary>The tag of a dollar quote starting at <paramref name="i"/> ("$$" or "$name$"), or null.</summary>
    private static string? DollarTag(string sql, int i)
    {
        var end = i + 1;
        while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
            end++;
        if (end >= sql.Length || sql[end] != '$' || (end > i + 1 && char.IsDigit(sql[i + 1])))
            return null;
        return sql[i..(end + 1)];
    }

    private static int SkipDollarQuoted(string sql, int i, string tag)
    {
        var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
        return close < 0 ? sql.Length : close + tag.Length;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
