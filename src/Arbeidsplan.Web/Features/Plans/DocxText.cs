using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>Reads a Word document as the plan importer reads text: headings as "#" lines, list items as bullets, table rows as tab-separated cells.</summary>
public static class DocxText
{
    public static string Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("Dokumentet har ingen tekst.");
        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName?.Val?.Value ?? "") ?? [];
        var text = new StringBuilder();
        foreach (var element in body.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    text.AppendLine(Line(p, styles));
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        text.AppendLine(string.Join('\t', row.Elements<TableCell>().Select(c => string.Join(' ', c.Descendants<Paragraph>().Select(p => p.InnerText.Trim())).Trim())));
                    }
                    text.AppendLine();
                    break;
            }
        }
        return text.ToString();
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
