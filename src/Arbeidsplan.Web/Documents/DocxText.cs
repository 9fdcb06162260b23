using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Reads a Word document as the importers read text: headings as "#" lines, list items as bullets, table rows as tab-separated cells.
/// The file is checked as it unpacks first (<see cref="OfficePackage"/>), and tables may nest only a few levels.
/// </summary>
public static class DocxText
{
    /// <summary>Tables inside tables inside tables: real plans stop at two or three.</summary>
    public const int MaxTableDepth = 5;

    public static string Read(Stream docx, CancellationToken ct = default)
    {
        using var checkedFile = OfficePackage.Checked(docx, OfficePackage.Word, ct);
        using var document = WordprocessingDocument.Open(checkedFile, false, new OpenSettings { MaxCharactersInPart = OfficePackage.Word.MaxPartBytes });
        var body = document.MainDocumentPart?.Document?.Body ?? throw new FileRefused("Dokumentet har ingen tekst.");
        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName?.Val?.Value ?? "") ?? [];
        var text = new StringBuilder();
        foreach (var element in body.Elements())
        {
            ct.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph p:
                    text.AppendLine(Line(p, styles));
                    break;
                case Table t:
                    foreach (var row in GridRows(t))
                    {
                        text.AppendLine(string.Join('\t', row));
                    }
                    text.AppendLine();
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A table's rows as cells on the table's grid, so every column stays in its place: a cell merged across columns ("Tiltak"
    /// over the code and the text) is followed by an empty cell for each column it covers, cells a row leaves out at its start
    /// are empty, and a cell merged down over several rows (one "Ansvar" for a group of measures) gives its text to each of them.
    /// </summary>
    private static IEnumerable<List<string>> GridRows(Table table)
    {
        var mergedDown = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var cells = Enumerable.Repeat("", Math.Clamp(before, 0, MaxGridColumns)).ToList();
            foreach (var cell in row.Elements<TableCell>())
            {
                var column = cells.Count;
                var properties = cell.TableCellProperties;
                var text = CellText(cell, 1);
                if (properties?.VerticalMerge is { } merge)
                {
                    if (merge.Val?.Value == MergedCellValues.Restart)
                    {
                        mergedDown[column] = text;
                    }
                    else
                    {
                        text = mergedDown.GetValueOrDefault(column, text);
                    }
                }
                cells.Add(text);
                var span = Math.Max(1, Math.Min(properties?.GridSpan?.Val?.Value ?? 1, MaxGridColumns - cells.Count + 1));
                cells.AddRange(Enumerable.Repeat("", span - 1));
            }
            yield return cells;
        }
    }

    /// <summary>A bound on the columns a row's merges can claim, so a file cannot make a row of a million empty cells.</summary>
    private const int MaxGridColumns = 64;

    /// <summary>A cell's paragraphs, and the text of tables nested in it, in one line; each element is visited once.</summary>
    private static string CellText(TableCell cell, int depth)
    {
        var parts = new List<string>();
        foreach (var child in cell.ChildElements)
        {
            if (child is Paragraph p)
            {
                parts.Add(p.InnerText.Trim());
            }
            else if (child is Table nested)
            {
                if (depth >= MaxTableDepth)
                {
                    throw new FileRefused($"Dokumentet har tabeller inni tabeller i mer enn {MaxTableDepth} nivåer. Forenkle tabellene og prøv igjen.");
                }
                parts.AddRange(nested.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).Select(c => CellText(c, depth + 1)));
            }
        }
        return string.Join(' ', parts.Where(s => s.Length > 0)).Trim();
    }

    private static string Line(Paragraph p, Dictionary<string, string> styles)
    {
        var content = p.InnerText.Trim();
        if (content.Length == 0)
        {
            return "";
        }
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var name = styles.GetValueOrDefault(styleId, styleId).ToLowerInvariant();
        var level = HeadingLevel(styleId.ToLowerInvariant()) ?? HeadingLevel(name) ?? (int?)p.ParagraphProperties?.OutlineLevel?.Val?.Value + 1;
        if (level is { } l)
        {
            return new string('#', Math.Clamp(l, 1, 6)) + " " + content;
        }
        var isList = p.ParagraphProperties?.NumberingProperties is not null || name.Contains("list") || name.Contains("liste");
        return isList ? "• " + content : content;
    }

    /// <summary>"Heading2", "heading 2", "Overskrift2", "Title".</summary>
    private static int? HeadingLevel(string style)
    {
        foreach (var prefix in new[] { "heading", "overskrift" })
        {
            if (style.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(style[prefix.Length..].Trim(), out var level))
            {
                return level;
            }
        }
        return style is "title" or "tittel" ? 1 : null;
    }
}
