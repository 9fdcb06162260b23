using System.Buffers;
using System.Text;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// Reads a spreadsheet saved as text the way registers export it: UTF-8 (with or without BOM) or Windows-1252,
/// separated by semicolons, commas, tabs or pipes, with "quoted" cells that may hold the separator or line breaks.
/// Read from a <see cref="TextReader"/> a line at a time, so a national export is never held whole as text.
/// </summary>
public static class DelimitedText
{
    private static readonly char[] Candidates = [';', '\t', ',', '|'];

    /// <summary>The text of the file: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (older Excel exports).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Older Excel exports' encoding.</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The separator the header line uses most (outside quotes).</summary>
    public static char DetectSeparator(string headerLine) =>
        Candidates.Select(c => (Separator: c, Count: Cells(headerLine, c).Cells.Count)).OrderByDescending(x => x.Count).First() is { Count: > 1 } best
            ? best.Separator
            : ';';

    /// <summary>The header row's cells, read with the separator it uses.</summary>
    public static IReadOnlyList<string> Headers(string text) => Rows(text).FirstOrDefault().Cells ?? [];

    /// <summary>The rows, with the separator the first line uses.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(string text) => Rows(new StringReader(text));

    /// <summary>The rows of a text read as it comes, with the separator its first line uses.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(TextReader reader)
    {
        var first = reader.ReadLine();
        return first is null ? [] : Rows(reader, first, DetectSeparator(first));
    }

    /// <summary>The rows with their line numbers (1-based, where each row starts); blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(string text, char separator)
    {
        var reader = new StringReader(text);
        return reader.ReadLine() is { } first ? Rows(reader, first, separator) : [];
    }

    private static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(TextReader reader, string firstLine, char separator)
    {
        var line = 0;
        for (var physical = firstLine; physical is not null; physical = reader.ReadLine())
        {
            var start = ++line;
            var (cells, open) = Cells(physical, separator);
            // A quoted cell that holds line breaks goes on to the next lines; reread as one (rare, so the rereading costs nothing).
            var logical = physical;
            while (open && reader.ReadLine() is { } more)
            {
                logical = string.Concat(logical, "\n", more);
                line++;
                (cells, open) = Cells(logical, separator);
            }
            if (cells.Any(x => x.Length > 0))
            {
                yield return (start, cells);
            }
        }
    }

    /// <summary>One row's cells, and whether a quoted cell is still open at its end (its text goes on past the line break).</summary>
    private static (List<string> Cells, bool Open) Cells(string text, char separator)
    {
        // A plain cell runs to the next separator, found by a vectorised search; only a cell that starts with a quote is read char by char.
        var stops = separator switch { ';' => Semicolon, '\t' => Tab, ',' => Comma, '|' => Pipe, _ => SearchValues.Create([separator]) };
        var cells = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var (value, end, open) = QuotedCell(text, i, separator);
                if (open)
                {
                    return (cells, true);
                }
                cells.Add(value);
                i = end;
            }
            else
            {
                var next = text.AsSpan(i).IndexOfAny(stops);
                var end = next < 0 ? text.Length : i + next;
                cells.Add(text.AsSpan(i, end - i).Trim().ToString());
                i = end;
            }
            if (i >= text.Length)
            {
                return (cells, false);
            }
            i++;
        }
    }

    private static readonly SearchValues<char> Semicolon = SearchValues.Create(";");
    private static readonly SearchValues<char> Tab = SearchValues.Create("\t");
    private static readonly SearchValues<char> Comma = SearchValues.Create(",");
    private static readonly SearchValues<char> Pipe = SearchValues.Create("|");

    /// <summary>A cell that starts with a quote: the separator and line breaks inside the quotes are text, and "" is a quote.</summary>
    private static (string Value, int End, bool Open) QuotedCell(string text, int i, char separator)
    {
        var cell = new StringBuilder();
        var quoted = false;
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
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                break;
            }
            else
            {
                cell.Append(c);
            }
        }
        return (cell.ToString().Trim(), i, quoted);
    }
}
