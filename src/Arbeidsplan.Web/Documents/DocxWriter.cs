using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Writes a plain Word document the way Norwegian boards lay out their papers: a title, a header block of facts, headings,
/// paragraphs with bold runs and signature lines, in Word's built-in styles so the reader's own template takes over. Line breaks
/// in a text become breaks in its paragraph.
/// </summary>
public sealed class DocxWriter
{
    private readonly List<OpenXmlElement> body = [];
    private bool updateFields;

    public DocxWriter Title(string text) => Add(Paragraph("Title", [Run(text)]));

    public DocxWriter Heading(string text, int level = 1) => Add(Paragraph($"Heading{Math.Clamp(level, 1, 3)}", [Run(text)]));

    public DocxWriter Text(string text, bool bold = false) => Add(Paragraph(null, [Run(text, bold)]));

    /// <summary>A label in bold and its text after it on one line ("Tid: 12.1.2027 kl. 18:00").</summary>
    public DocxWriter Fact(string label, string text) => Add(Paragraph(null, [Run($"{label}: ", bold: true), Run(text)]));

    /// <summary>A line to sign on, with the name under it.</summary>
    public DocxWriter Signature(string name) => Add(Paragraph(null, [Run("\n\n______________________________\n" + name)]));

    /// <summary>
    /// A table with a caption above it and a header row Word repeats on each page; every row as many cells as the columns.
    /// </summary>
    public DocxWriter Table(string caption, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        Add(Paragraph("Caption", [Run(caption, bold: true)]));
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(columns.Select(c => Cell(c, bold: true)));
        table.Append(header);
        foreach (var row in rows)
        {
            var line = new TableRow();
            line.Append(columns.Select((_, i) => Cell(i < row.Count ? row[i] : "", bold: false)));
            table.Append(line);
        }
        return Add(table);
    }

    /// <summary>A table of contents of the headings, as a field Word fills in when the document is opened.</summary>
    public DocxWriter TableOfContents(string heading = "Innhold")
    {
        updateFields = true;
        Add(Paragraph("TOCHeading", [Run(heading, bold: true)]));
        return Add(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(@" TOC \o ""1-2"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("Innholdsfortegnelsen fylles inn når dokumentet åpnes i Word.")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    public DocxWriter PageBreak() => Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Style("Title", "Tittel", 36), Style("Heading1", "Overskrift 1", 28), Style("Heading2", "Overskrift 2", 24),
                Style("Heading3", "Overskrift 3", 22));
            main.Document = new Document(new Body([.. body.Select(e => e.CloneNode(true)), new SectionProperties()]));
            main.Document.Save();
            if (updateFields)
            {
                // Word asks to update the table of contents on opening; it cannot be computed without laying out the pages.
                var settings = main.AddNewPart<DocumentSettingsPart>();
                settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
                settings.Settings.Save();
            }
        }
        return stream.ToArray();
    }

    private DocxWriter Add(OpenXmlElement element)
    {
        body.Add(element);
        return this;
    }

    private static Paragraph Paragraph(string? style, IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(Clean(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>XML 1.0 cannot carry control characters; a text pasted from elsewhere may hold some.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => c >= ' ' || c == '\t'));

    private static TableCell Cell(string text, bool bold) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), Paragraph(null, [Run(text, bold)]));

    private static Style Style(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
}
