using System.Globalization;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Turns the text of a plan (pasted, exported from Word or a PDF) into typed lines: margin line numbers,
/// bold markers, HTML tags, links, tables of contents and page artefacts are removed; wrapped lines are joined.
/// </summary>
internal static partial class PlanLines
{
    public static List<PlanLine> Read(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.Replace('\u00a0', ' ')).ToList();
        var lines = StripMarginNumbers(raw);
        var typed = new List<PlanLine>();
        var blank = true;
        foreach (var line in lines)
        {
            if (Classify(line) is { } l)
            {
                typed.Add(l with { Boundary = blank });
                blank = false;
            }
            else if (line.Trim().Length == 0)
            {
                blank = true;
            }
        }
        // A PDF export puts a blank line after every line; only where blank lines are rarer do they part paragraphs.
        var blankEverywhere = typed.Count(l => l.Boundary) > typed.Count * 0.6;
        if (blankEverywhere)
        {
            typed = typed.Select(l => l with { Boundary = false }).ToList();
        }
        return Join(typed);
    }

    /// <summary>Margin numbers count up line by line at the start ("24 Tekst") or the end ("Tekst 23") of lines; a year or an amount does not.</summary>
    private static List<string> StripMarginNumbers(List<string> lines)
    {
        var leading = lines.Select(l => Leading().Match(l)).ToList();
        var trailing = lines.Select(l => Trailing().Match(l)).ToList();
        // Margin numbering runs through the document: at least five lines, and a good share of them.
        var nonEmpty = Math.Max(1, lines.Count(l => l.Trim().Length > 0));
        var useLeading = Increasing(leading) is var lead && lead >= 5 && lead >= nonEmpty * 0.3;
        var useTrailing = Increasing(trailing) is var trail && trail >= 5 && trail >= nonEmpty * 0.3;
        var result = new List<string>();
        int lastLead = 0, lastTrail = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (useLeading && leading[i].Success && int.Parse(leading[i].Groups["n"].Value, CultureInfo.InvariantCulture) is var n && n > lastLead && n <= lastLead + 80)
            {
                lastLead = n;
                line = leading[i].Groups["dash"].Value + leading[i].Groups["rest"].Value;
            }
            if (useTrailing && Trailing().Match(line) is { Success: true } t && int.Parse(t.Groups["n"].Value, CultureInfo.InvariantCulture) is var m && m > lastTrail && m <= lastTrail + 80)
            {
                lastTrail = m;
                line = t.Groups["rest"].Value;
            }
            result.Add(line);
        }
        return result;
    }

    private static int Increasing(List<Match> matches)
    {
        int count = 0, last = 0;
        foreach (var m in matches.Where(m => m.Success))
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n > last && n <= last + 80)
            {
                count++;
                last = n;
            }
        }
        return count;
    }

    private static PlanLine? Classify(string raw)
    {
        var line = Clean(raw);
        if (line.Length == 0 || Toc().IsMatch(line) || PageArtefact().IsMatch(line) || Url().IsMatch(line))
        {
            return null;
        }
        if (Markdown().Match(line) is { Success: true } md)
        {
            var heading = md.Groups["text"].Value.Trim();
            return Numbered().Match(heading) is { Success: true } n
                ? new PlanLine(LineKind.Heading, n.Groups["title"].Value.Trim().TrimEnd(':'), Number(n.Groups["num"].Value), Marked: true)
                : new PlanLine(LineKind.Heading, heading.TrimEnd(':'), Marked: true);
        }
        if (Bullet().Match(line) is { Success: true } b)
        {
            return new PlanLine(LineKind.Bullet, b.Groups["text"].Value.Trim(), DashOnly: !b.Groups["glyph"].Success);
        }
        var cells = Cells(raw, line);
        if (cells is not null && cells.Count(c => c.Length > 0) >= 2)
        {
            return cells.All(c => c.Trim('-', ':', ' ').Length == 0) ? null : new PlanLine(LineKind.Row, line, Cells: cells);
        }
        var text = cells is null ? line : string.Join(' ', cells.Where(c => c.Length > 0));
        if (NumberedItem().Match(text) is { Success: true } item && MeasureLine.HasLabels(item.Groups["title"].Value))
        {
            // "3.1 Nominasjonsmøter i alle lokallag – Ansvar: Leder – innen 1. juli": an owner or a time by label makes it a measure.
            return new PlanLine(LineKind.Item, item.Groups["title"].Value.Trim(), Number(item.Groups["num"].Value));
        }
        if (Numbered().Match(text) is { Success: true } h && !h.Groups["title"].Value.TrimEnd().EndsWith('.') && h.Groups["title"].Value.Split(' ').Length <= 10)
        {
            return new PlanLine(LineKind.Heading, h.Groups["title"].Value.Trim().TrimEnd(':'), Number(h.Groups["num"].Value));
        }
        return new PlanLine(LineKind.Text, text);
    }

    /// <summary>
    /// A table row's cells: split by tabs (Word), pipes (Markdown) or runs of spaces (a PDF's columns), before the line is
    /// trimmed, so a blank first cell (a header with nothing above the code column) keeps every column in its place.
    /// </summary>
    private static List<string>? Cells(string raw, string line)
    {
        var cells = Split(raw, line);
        // Nobody writes a plan table fifty columns wide: such a line is text, and the column work stays bounded.
        return cells is { Count: <= TableColumns.MaxColumns } ? cells : null;
    }

    private static List<string>? Split(string raw, string line)
    {
        var content = Link().Replace(raw.Replace("**", ""), "${text}").TrimEnd();
        if (content.Contains('\t'))
        {
            var cells = content.Split('\t').Select(c => Spaces().Replace(c, " ").Trim()).ToList();
            // Indentation before the first cell is not a cell of its own unless the line is a table row with a blank first cell.
            return cells.Count(c => c.Length > 0) >= 2 ? cells : null;
        }
        if (line.Contains('|'))
        {
            return line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
        }
        // Columns set apart by runs of spaces (two gaps, or one wide one); only a row that starts with a code or names the
        // columns, since a justified line of a PDF has double spaces too.
        var gaps = ColumnGap().Matches(content.Trim());
        if (gaps.Count >= 2 || gaps.Count == 1 && gaps[0].Length >= 4)
        {
            var cells = ColumnGap().Split(content.Trim()).Select(c => c.Trim()).ToList();
            return TableColumns.IsCode(cells[0]) || TableColumns.IsHeader(cells) ? cells : null;
        }
        return null;
    }

    /// <summary>A line that does not finish its sentence continues on the next line of text (or of a bullet's text).</summary>
    private static List<PlanLine> Join(List<PlanLine> lines)
    {
        // The joined text grows piece by piece in a builder: joining by string concatenation was quadratic in a long paragraph.
        var joined = new List<(PlanLine Line, System.Text.StringBuilder? Text)>();
        var lastPiece = "";
        foreach (var line in lines)
        {
            var last = joined.Count > 0 ? joined[^1].Line : null;
            // A wrapped line follows a long line, or starts in lower case; a short line before it was a line of its own.
            var wrapped = StartsLower(line.Text) || lastPiece.Length >= 45;
            var continues = last is { Kind: LineKind.Text or LineKind.Bullet } && !EndsSentence(lastPiece) && (!line.Boundary || StartsLower(line.Text)) && wrapped
                && (line.Kind == LineKind.Text
                    || line is { Kind: LineKind.Bullet, DashOnly: true } && last.Kind == LineKind.Bullet && !last.DashOnly && StartsLower(line.Text));
            if (continues)
            {
                var (head, text) = joined[^1];
                joined[^1] = (head, (text ?? new System.Text.StringBuilder(head.Text)).Append(' ').Append(line.Text));
            }
            else
            {
                joined.Add((line, null));
            }
            lastPiece = line.Text;
        }
        return joined.Select(j => j.Text is null ? j.Line : j.Line with { Text = j.Text.ToString() }).ToList();
    }

    public static bool EndsSentence(string text) => text.TrimEnd().Length > 0 && text.TrimEnd()[^1] is '.' or '!' or '?' or ':' or '»' or '"' or ')';

    public static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>Short, capitalised, no full stop: "Organisasjonsutvikling", "Tirsdagsmøter", "Leder:".</summary>
    public static bool IsHeadingLike(string text) =>
        text.Length <= 60 && text.Split(' ').Length <= (text.EndsWith(':') ? 4 : 8) && char.IsUpper(text[0]) && !text.EndsWith('.') && !text.EndsWith(',');

    private static string Number(string number) => number.Replace(" ", "").TrimEnd('.');

    private static string Clean(string raw)
    {
        var line = raw.Replace("**", "").Replace("<b>", "").Replace("</b>", "").Replace("<i>", "").Replace("</i>", "");
        line = Link().Replace(line, "${text}");
        line = line.Trim().Trim('\t');
        return Spaces().Replace(line, " ").Replace(" \t", "\t").Replace("\t ", "\t").Trim();
    }

    [GeneratedRegex(@"^(?<dash>(?:#{1,6}|[-*])\s+)?(?<n>\d{1,3})(?:\s+|$)(?<rest>.*)$")] private static partial Regex Leading();
    [GeneratedRegex(@"^(?<rest>.*?\S)?\s+(?<n>\d{1,3})\s*$")] private static partial Regex Trailing();
    [GeneratedRegex(@"\.{3,}\s*\d+\s*$|^innhold$", RegexOptions.IgnoreCase)] private static partial Regex Toc();
    [GeneratedRegex(@"^(?:side\s+\d+(?:\s+av\s+\d+)?|\d{1,3})$", RegexOptions.IgnoreCase)] private static partial Regex PageArtefact();
    [GeneratedRegex(@"^https?://\S+$")] private static partial Regex Url();
    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")] private static partial Regex Markdown();
    [GeneratedRegex(@"^(?:[-*]\s+)?(?<glyph>[•●▪◦‣])\s*(?<text>.*)$|^[-*]\s+(?<text>.+)$")] private static partial Regex Bullet();
    [GeneratedRegex(@"^(?<num>\d{1,2}\.(?:\s?\d{1,2}\.?){0,3}|\d{1,2}(?:\.\d{1,2}){1,3})\s+(?<title>[\p{Lu}«].{1,90})$")] private static partial Regex Numbered();
    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?)\.?\s+(?<title>\S.{1,400})$")] private static partial Regex NumberedItem();
    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]+\)")] private static partial Regex Link();
    [GeneratedRegex(@"[ ]{2,}")] private static partial Regex Spaces();
    [GeneratedRegex(@"[ ]{2,}")] private static partial Regex ColumnGap();
}
