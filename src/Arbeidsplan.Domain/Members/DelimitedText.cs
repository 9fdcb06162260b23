using System.Buffers;
using System.Text;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// Reads a spreadsheet saved as text the way registers export it: UTF-8 (with or without BOM) or Windows-1252,
/// separated by semicolons, commas, tabs or pipes, with "quoted" cells that may hold the separator or line breaks.
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
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>The separator the header line uses most (outside quotes).</summary>
    public static char DetectSeparator(string headerLine) =>
        Candidates.Select(c => (Separator: c, Count: Split(headerLine, c).Count)).OrderByDescending(x => x.Count).First() is { Count: > 1 } best
            ? best.Separator
            : ';';

    /// <summary>The header row's cells, read with the separator it uses.</summary>
    public static IReadOnlyList<string> Headers(string text) => Rows(text).FirstOrDefault().Cells ?? [];

    /// <summary>The rows, with the separator the first line uses.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(string text) =>
        Rows(text, DetectSeparator(text[..(text.IndexOf('\n') is var end and >= 0 ? end : text.Length)]));

    /// <summary>The rows with their line numbers (1-based, where each row starts); blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(string text, char separator)
    {
        // A plain cell runs to the next separator or line break, found by a vectorised search; only a cell that starts with a quote is read char by char.
        var stops = SearchValues.Create([separator, '\n', '\r']);
        var line = 1;
        var start = 1;
        var cells = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var (value, end, lineBreaks) = QuotedCell(text, i, separator);
                cells.Add(value);
                (i, line) = (end, line + lineBreaks);
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
                if (cells.Any(x => x.Length > 0))
                {
                    yield return (start, cells);
                }
                yield break;
            }
            if (text[i++] == separator)
            {
                continue;
            }
            if (text[i - 1] == '\r' && i < text.Length && text[i] == '\n')
            {
                i++;
            }
            if (cells.Any(x => x.Length > 0))
            {
                yield return (start, cells);
            }
            cells = [];
            line++;
            start = line;
        }
    }

    /// <summary>A cell that starts with a quote: the separator and line breaks inside the quotes are text, and "" is a quote.</summary>
    private static (string Value, int End, int LineBreaks) QuotedCell(string text, int i, char separator)
    {
        var cell = new StringBuilder();
        var quoted = false;
        var lineBreaks = 0;
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
                    lineBreaks += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator || c == '\n' || c == '\r')
            {
                break;
            }
            else
            {
                cell.Append(c);
            }
        }
        return (cell.ToString().Trim(), i, lineBreaks);
    }

    private static List<string> Split(string line, char separator) => Rows(line, separator).FirstOrDefault().Cells?.ToList() ?? [];
}
