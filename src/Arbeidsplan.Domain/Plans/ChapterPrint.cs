namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// How a chapter's stored text prints: the goals listed under it are not printed a second time as paragraphs, lead-ins with
/// nothing under them («Fase 2: januar–mars:», whose measures the table shows) are left out, and the date plan's
/// «Måned | Dato | Aktivitet» lines become one table, each row with its month, day and activity in their columns.
/// </summary>
public static class ChapterPrint
{
    public static IReadOnlyList<PrintBlock> Blocks(string? text, IEnumerable<string> goals)
    {
        var goalTexts = goals.Select(Normal).ToHashSet();
        var blocks = new List<PrintBlock>();
        List<string[]>? rows = null;
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length > 0 && lines.All(l => l.Contains('|', StringComparison.Ordinal)))
            {
                rows ??= [];
                rows.AddRange(lines.Select(l => l.Split('|', StringSplitOptions.TrimEntries)));
                continue;
            }
            Flush(blocks, ref rows);
            var trimmed = paragraph.Trim();
            if (!goalTexts.Contains(Normal(trimmed)))
            {
                blocks.Add(new PrintBlock(trimmed, null, null));
            }
        }
        Flush(blocks, ref rows);
        // A lead-in keeps its place when something follows it in the text; with only other lead-ins or nothing after it, its content is the measures' table.
        return [.. blocks.Where((b, i) => !IsLeadIn(b) || blocks.Skip(i + 1).Any(next => !IsLeadIn(next)))];
    }

    /// <summary>A short line ending in a colon: «Fase 2: januar–mars:».</summary>
    private static bool IsLeadIn(PrintBlock block) => block.Paragraph is { } p && p.EndsWith(':') && p.Length <= 80 && !p.Contains('\n', StringComparison.Ordinal);

    private static void Flush(List<PrintBlock> blocks, ref List<string[]>? rows)
    {
        if (rows is null)
        {
            return;
        }
        // A first row of words only («Måned | Dato | Aktivitet») is the header; without one the date plan's usual three columns.
        var first = rows[0];
        var hasHeader = first.Length >= 2 && first.All(c => c.Length > 0 && !c.Any(char.IsDigit)) && NorwegianDates.Month(first[0]) is null;
        var header = hasHeader ? first : ["Måned", "Dato", "Aktivitet"];
        var width = header.Length;
        blocks.Add(new PrintBlock(null, header, [.. rows.Skip(hasHeader ? 1 : 0).Select(r => Align(r, width))]));
        rows = null;
    }

    /// <summary>A row with fewer cells than columns: a month row keeps its month first and the activity last; a day row leaves the month blank.</summary>
    private static IReadOnlyList<string> Align(string[] cells, int width)
    {
        if (cells.Length >= width)
        {
            return [.. cells.Take(width - 1), string.Join(" | ", cells.Skip(width - 1))];
        }
        var missing = width - cells.Length;
        return NorwegianDates.Month(cells[0]) is not null
            ? [cells[0], .. Enumerable.Repeat("", missing), .. cells.Skip(1)]
            : [.. Enumerable.Repeat("", missing), .. cells];
    }

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.').ToLowerInvariant();
}
