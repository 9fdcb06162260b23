using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Tests.Support;

/// <summary>Plan documents in the shapes users bring: a PDF export with margin numbers and coded tables, and a Word file.</summary>
public static class PlanFixtures
{
    /// <summary>Text as exported from a PDF: margin numbers at the end of lines, a coded measure table, one timing nobody can read.</summary>
    public const string Coded2026 = """
        Arbeidsplan 2026 12

        1. Organisasjon 13

        Fylkeslaget skal støtte lokallaga gjennom hele året, og regionkontaktene 14

        følger opp hvert lag. 15

        1.1 Tiltak for organisasjonen 16
        Nr	Tiltak	Ansvar	Gjennomføring
        1.1a	Vervekampanje i alle lokallag	Fylkesstyret	innen 1. juli 2026
        1.1b	Regionmøter i alle regioner	Regionkontaktene	snarest
        1.2 Tiltak for studier 17
        Nr	Tiltak	Ansvar	Gjennomføring
        1.2a	Studiering i alle lokallag	Leder	Første halvår 2026
        """;

    /// <summary>A Word document with heading styles, a goal paragraph and a measure table.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                Paragraph("Arbeidsplan 2026", "Heading1"),
                Paragraph("1. Organisasjon", "Heading1"),
                Paragraph("Fylkeslaget støtter lokallaga gjennom hele året."),
                Paragraph("1.1 Målsettinger", "Heading2"),
                Paragraph("Alle lokallag skal ha medlemsvekst i 2026."),
                Paragraph("2. Tiltak", "Heading1"),
                new Table(
                    Row("Nr", "Tiltak", "Ansvar", "Gjennomføring"),
                    Row("2.1", "Vervekampanje", "Fylkesstyret", "innen 1. juli 2026"),
                    Row("2.2", "Regionmøter", "Regionkontaktene", "Mars, årlig")));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A Word document whose measure table has its first header cell blank, as Word writes a table with nothing above the codes.</summary>
    public static byte[] BlankHeaderDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraph("Arbeidsplan 2027", "Heading1"),
                Paragraph("3. Valg", "Heading1"),
                new Table(
                    Row("", "Tiltak", "Gjennomføring"),
                    Row("3.1", "Nominasjonsmøter i alle lokallag", "innen 1. juli"),
                    Row("3.2", "Skolering av listetopper", "Oktober"))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A Word table as merged cells make it: "Tiltak" spans the code and text columns, the first row leaves out its first grid
    /// column (gridBefore) in one table, and one "Ansvar" cell is merged down over two measures.
    /// </summary>
    public static byte[] MergedHeaderDocx()
    {
        static TableCell Cell(string text, int span = 1, MergedCellValues? down = null)
        {
            var properties = new TableCellProperties();
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }
            if (down is { } d)
            {
                properties.Append(new VerticalMerge { Val = d });
            }
            return new TableCell(properties, Paragraph(text));
        }
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraph("Arbeidsplan 2027", "Heading1"),
                Paragraph("3. Valg", "Heading1"),
                new Table(
                    new TableRow(Cell("Tiltak", span: 2), Cell("Ansvar"), Cell("Gjennomføring")),
                    new TableRow(Cell("3.1"), Cell("Nominasjonsmøter i alle lokallag"), Cell("Leder", down: MergedCellValues.Restart), Cell("innen 1. juli")),
                    new TableRow(Cell("3.2"), Cell("Skolering av listetopper"), Cell("", down: MergedCellValues.Continue), Cell("Oktober")),
                    new TableRow(Cell("3.3"), Cell("Valgkampåpning"), Cell("Sekretær"), Cell("August")))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        return paragraph;
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => (OpenXmlElement)new TableCell(Paragraph(c))));
}
