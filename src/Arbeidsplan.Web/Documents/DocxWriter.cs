using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Writes a <see cref="Paper"/> as a plain Word document in Word's built-in styles (Title, Heading 1–3, Caption, Table Grid), so
/// the reader's own template takes over; tables repeat their header row on each page, images are inline pictures with their
/// description as alternative text, and the table of contents is a field Word fills in when the document is opened.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(Paper paper)
    {
        using var stream = new MemoryStream();
        Write(paper, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document into a stream that can seek (a Word file is a zip package).</summary>
    public static void Write(Paper paper, Stream stream)
    {
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Style("Title", "Tittel", 36), Style("Heading1", "Overskrift 1", 28), Style("Heading2", "Overskrift 2", 24),
                Style("Heading3", "Overskrift 3", 22));
            var body = new Body();
            var imageNumber = 0u;
            foreach (var block in paper.Blocks)
            {
                body.Append(block switch
                {
                    PaperTitle t => [Paragraph("Title", [Run(t.Text)])],
                    PaperHeading h => [Paragraph($"Heading{h.Level}", [Run(h.Text)])],
                    PaperText p => [Paragraph(null, p.Runs.Select(r => Run(r.Text, r.Bold)))],
                    PaperTable t => Table(t),
                    PaperContents c => Contents(c.Heading),
                    PaperImage i => [DocxPicture.Paragraph(main, i, ++imageNumber)],
                    _ => [new Paragraph(new Run(new Break { Type = BreakValues.Page }))],
                });
            }
            foreach (var attachment in paper.Attachments)
            {
                // A signed PDF cannot be made Word; the document says where it is.
                body.Append(Paragraph(null, [Run("Vedlegg: ", true), Run($"{attachment.Title} følger etter siste side i PDF-utgaven.")]));
            }
            body.Append(new SectionProperties());
            main.Document = new Document(body);
            if (paper.Name is { } name)
            {
                document.PackageProperties.Title = Clean(name);
            }
            main.Document.Save();
            if (paper.Blocks.Any(b => b is PaperContents))
            {
                // Word asks to update the table of contents on opening; it cannot be computed without laying out the pages.
                var settings = main.AddNewPart<DocumentSettingsPart>();
                settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
                settings.Settings.Save();
            }
        }
    }

    private static OpenXmlElement[] Table(PaperTable t)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(t.Columns.Select(c => Cell(c, bold: true)));
        table.Append(header);
        foreach (var row in t.Rows)
        {
            var line = new TableRow();
            line.Append(t.Columns.Select((_, i) => Cell(i < row.Count ? row[i] : "", bold: false)));
            table.Append(line);
        }
        return [Paragraph("Caption", [Run(t.Caption, bold: true)]), table];
    }

    private static OpenXmlElement[] Contents(string heading) =>
    [
        Paragraph("TOCHeading", [Run(heading, bold: true)]),
        new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(@" TOC \o ""1-2"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("Innholdsfortegnelsen fylles inn når dokumentet åpnes i Word.")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })),
    ];

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

    /// <summary>XML 1.0 cannot carry control characters or U+FFFE/U+FFFF; a text pasted from elsewhere may hold some.</summary>
    internal static string Clean(string text) => string.Concat(text.Where(c => (c >= ' ' || c == '\t') && c is not ('\uFFFE' or '\uFFFF')));

    private static TableCell Cell(string text, bool bold) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), Paragraph(null, [Run(text, bold)]));

    private static Style Style(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
}
