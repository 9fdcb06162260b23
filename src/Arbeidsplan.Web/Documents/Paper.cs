namespace Arbeidsplan.Web.Documents;

/// <summary>
/// A document as the board's papers are laid out — a title, facts, headings, paragraphs with bold runs, tables, images, signature
/// lines — built once and written as Word (<see cref="DocxWriter"/>) or PDF (<see cref="PdfWriter"/>) with the same content.
/// </summary>
public sealed class Paper
{
    private readonly List<PaperBlock> blocks = [];
    private readonly List<PaperAttachment> attachments = [];

    /// <summary>The document's name in its properties and on each PDF page's foot.</summary>
    public string? Name { get; private set; }

    public IReadOnlyList<PaperBlock> Blocks => blocks;

    /// <summary>PDFs printed after the last page of the PDF version (the auditor's signed report); the Word version names them.</summary>
    public IReadOnlyList<PaperAttachment> Attachments => attachments;

    public Paper Attach(string title, byte[] pdf)
    {
        attachments.Add(new PaperAttachment(title, pdf));
        return this;
    }

    public Paper Title(string text)
    {
        Name ??= text;
        return Add(new PaperTitle(text));
    }

    /// <summary>Names the document for its properties and page foot, when the title alone («Årsmelding 2026») does not say whose it is.</summary>
    public Paper Named(string name)
    {
        Name = name;
        return this;
    }

    public Paper Heading(string text, int level = 1) => Add(new PaperHeading(text, Math.Clamp(level, 1, 3)));

    public Paper Text(string text, bool bold = false) => Add(new PaperText([new PaperRun(text, bold)]));

    /// <summary>A label in bold and its text after it on one line ("Tid: 12.1.2027 kl. 18:00").</summary>
    public Paper Fact(string label, string text) => Add(new PaperText([new PaperRun($"{label}: ", true), new PaperRun(text, false)]));

    /// <summary>A line to sign on, with the name under it.</summary>
    public Paper Signature(string name) => Add(new PaperText([new PaperRun("\n\n______________________________\n" + name, false)]));

    public Paper Table(string caption, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        Add(new PaperTable(caption, columns, [.. rows]));

    public Paper TableOfContents(string heading = "Innhold") => Add(new PaperContents(heading));

    public Paper PageBreak() => Add(new PaperPageBreak());

    public Paper Image(PaperImage image) => Add(image);

    public byte[] Docx() => DocxWriter.Write(this);

    public byte[] Pdf() => PdfWriter.Write(this);

    private Paper Add(PaperBlock block)
    {
        blocks.Add(block);
        return this;
    }

    /// <summary>A name as a file name's part: «Hedmark Senterparti» → «hedmark-senterparti».</summary>
    public static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
}
