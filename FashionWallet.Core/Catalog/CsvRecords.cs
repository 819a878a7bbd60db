using System.Text;

namespace FashionWallet.Catalog;

/// <summary>One CSV record and the line it starts on (a quoted cell may span several lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// RFC 4180 CSV: comma-separated cells, cells quoted with '"' may hold commas, line breaks and doubled quotes.
/// Reports malformed quoting by line instead of guessing what was meant.
/// </summary>
internal static class CsvRecords
{
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<(int Line, string Problem)> Problems) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var problems = new List<(int, string)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var cellStarted = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n'))
                        problems.Add((line, "has text after a closing quote: quote the whole cell and double the quotes inside it"));
                }
                else
                {
                    if (c == '\n')
                        line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !cellStarted:
                    quoted = true;
                    cellStarted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    cellStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (c == '"')
                        problems.Add((line, "has a stray quote inside an unquoted cell: quote the whole cell and double the quotes inside it"));
                    cell.Append(c);
                    cellStarted = true;
                    break;
            }
        }
        if (quoted)
            problems.Add((recordLine, "has a quoted cell that is never closed"));
        EndRecord();
        return (records, problems);

        void EndRecord()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            cellStarted = false;
            if (cells.Count > 1 || cells[0].Length > 0)
                records.Add(new CsvRecord(recordLine, cells.ToArray()));
            cells.Clear();
        }
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote)) + "\n";

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 || cell != cell.Trim() ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
