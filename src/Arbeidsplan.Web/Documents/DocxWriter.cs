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

    public DocxWriter Title(string text) => Add(Paragraph("Title", [Run(text)]));

    public DocxWriter Heading(string text, int level = 1) => Add(Paragraph($"Heading{Math.Clamp(level, 1, 3)}", [Run(text)]));

    public DocxWriter Text(string text, bool bold = false) => Add(Paragraph(null, [Run(text, bold)]));

    /// <summary>A label in bold and its text after it on one line ("Tid: 12.1.2027 kl. 18:00").</summary>
    public DocxWriter Fact(string label, string text) => Add(Paragraph(null, [Run($"{label}: ", bold: true), Run(text)]));

    /// <summary>A line to sign on, with the name under it.</summary>
    public DocxWriter Signature(string name) => Add(Paragraph(null, [Run("\n\n______________________________\n" + name)]));

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

    private static Style Style(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
}
