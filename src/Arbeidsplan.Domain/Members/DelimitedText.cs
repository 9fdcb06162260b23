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

    /// <summary>The rows with their line numbers (1-based, where each row starts); blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Rows(string text, char separator)
    {
        var line = 1;
        var start = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
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
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                if (cells.Any(x => x.Length > 0))
                {
                    yield return (start, cells);
                }
                cells = [];
                line++;
                start = line;
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString().Trim());
        if (cells.Any(x => x.Length > 0))
        {
            yield return (start, cells);
        }
    }

    private static List<string> Split(string line, char separator) => Rows(line, separator).FirstOrDefault().Cells?.ToList() ?? [];
}
