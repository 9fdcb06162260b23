using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// The small layout engine PDFsharp leaves to its users: it keeps a cursor down an A4 page, wraps runs of text to the width,
/// keeps a heading with what follows it, breaks tables across pages with the header row repeated, scales images to fit, and
/// numbers the pages at their foot. Given the pages the headings fell on in a first run, it fills in the table of contents.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double Margin = 56;
    private const int LongestWord = 120;
    private const double BodySize = 10.5;
    private static readonly XFont Foot = Font(8, false);

    private readonly Paper paper;
    private readonly IReadOnlyList<int>? headingPages;
    private readonly PdfDocument document;
    private readonly List<(PaperHeading Heading, int Page)> headings = [];
    private PdfPage? page;
    private XGraphics? graphics;

    public PdfLayout(Paper paper, IReadOnlyList<int>? headingPages)
    {
        this.paper = paper;
        this.headingPages = headingPages;
        document = PdfWriter.NewDocument(paper.Name);
    }

    public double Y { get; set; }
    public static double Width => XUnit.FromMillimeter(210).Point - (2 * Margin);
    public static double Bottom => XUnit.FromMillimeter(297).Point - Margin;
    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public static XFont Font(double size, bool bold) => new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Lays out every block; returns the page (0-based) each level 1 and 2 heading fell on.</summary>
    public IReadOnlyList<int> Run()
    {
        NewPage();
        foreach (var block in paper.Blocks)
        {
            switch (block)
            {
                case PaperTitle t:
                    Paragraph([new PaperRun(t.Text, true)], 22, after: 10);
                    break;
                case PaperHeading h:
                    Heading(h);
                    break;
                case PaperText p:
                    Paragraph(p.Runs, BodySize, after: 6);
                    break;
                case PaperTable t:
                    PdfTableLayout.Draw(this, t);
                    break;
                case PaperContents c:
                    Contents(c.Heading);
                    break;
                case PaperImage i:
                    Image(i);
                    break;
                default:
                    if (Y > Margin)
                    {
                        NewPage();
                    }
                    break;
            }
        }
        graphics?.Dispose();
        graphics = null;
        return [.. headings.Where(h => h.Heading.Level <= 2).Select(h => h.Page)];
    }

    public void Save(Stream stream)
    {
        NumberPages();
        AddBookmarks();
        Attach();
        document.Save(stream, false);
    }

    public void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless this much height is left on the current one.</summary>
    public void Need(double height)
    {
        if (Y + height > Bottom && Y > Margin)
        {
            NewPage();
        }
    }

    /// <summary>Draws wrapped lines at x; returns the height used.</summary>
    public double DrawLines(IReadOnlyList<PdfLine> lines, double x, double y, double size)
    {
        var lineHeight = LineHeight(size);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var piece in lines[i].Pieces)
            {
                Graphics.DrawString(piece.Text, Font(size, piece.Bold), XBrushes.Black, new XPoint(x + piece.X, y + (i * lineHeight) + size), XStringFormats.BaseLineLeft);
            }
        }
        return lines.Count * lineHeight;
    }

    public static double LineHeight(double size) => size * 1.35;

    /// <summary>Breaks runs into lines no wider than the width: at spaces, at line breaks in the text, and inside a word too long for a line.</summary>
    public IReadOnlyList<PdfLine> Wrap(IEnumerable<PaperRun> runs, double size, double width)
    {
        var lines = new List<PdfLine>();
        var current = new List<PdfPiece>();
        var x = 0.0;
        void Break()
        {
            lines.Add(new PdfLine([.. current]));
            current.Clear();
            x = 0;
        }
        foreach (var run in runs)
        {
            var font = Font(size, run.Bold);
            var space = Graphics.MeasureString(" ", font).Width;
            var parts = Clean(run.Text).Split('\n');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    Break();
                }
                // A word longer than any line is cut first into pieces of a bounded length, so measuring the rest stays cheap.
                foreach (var word in parts[p].Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Chunk(LongestWord).Select(c => new string(c))))
                {
                    foreach (var chunk in Chunks(word, font, width))
                    {
                        var w = Graphics.MeasureString(chunk, font).Width;
                        var gap = x > 0 ? space : 0;
                        if (x + gap + w > width && x > 0)
                        {
                            Break();
                            gap = 0;
                        }
                        current.Add(new PdfPiece(chunk, run.Bold, x + gap));
                        x += gap + w;
                    }
                }
            }
        }
        if (current.Count > 0 || lines.Count == 0)
        {
            Break();
        }
        return lines;
    }

    public void Dispose() => graphics?.Dispose();

    private void Paragraph(IReadOnlyList<PaperRun> runs, double size, double after)
    {
        foreach (var line in Wrap(runs, size, Width))
        {
            Need(LineHeight(size));
            Y += DrawLines([line], Margin, Y, size);
        }
        Y += after;
    }

    private void Heading(PaperHeading heading)
    {
        var size = heading.Level switch { 1 => 16, 2 => 13, _ => 11.5 };
        // A heading keeps at least three lines of what follows it on its page.
        Need(LineHeight(size) + 8 + (3 * LineHeight(BodySize)));
        if (Y > Margin)
        {
            Y += 8;
        }
        headings.Add((heading, document.PageCount - 1));
        Paragraph([new PaperRun(heading.Text, true)], size, after: 4);
    }

    private void Contents(string title)
    {
        Paragraph([new PaperRun(title, true)], 16, after: 6);
        var entries = paper.Blocks.OfType<PaperHeading>().Where(h => h.Level <= 2).ToList();
        var font = Font(BodySize, false);
        var numberWidth = Graphics.MeasureString("0000", font).Width;
        for (var i = 0; i < entries.Count; i++)
        {
            var indent = entries[i].Level == 2 ? 16 : 0;
            var text = Fit(Graphics, entries[i].Text, font, Width - indent - numberWidth - 8);
            Need(LineHeight(BodySize));
            Graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin + indent, Y + BodySize), XStringFormats.BaseLineLeft);
            if (headingPages is not null && i < headingPages.Count)
            {
                Graphics.DrawString((headingPages[i] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black,
                    new XPoint(Margin + Width, Y + BodySize), XStringFormats.BaseLineRight);
            }
            Y += LineHeight(BodySize);
        }
        Y += 6;
    }

    private void Image(PaperImage image)
    {
        var width = Math.Min(XUnit.FromCentimeter(image.WidthCm).Point, Width);
        var height = width * image.PixelHeight / Math.Max(1, image.PixelWidth);
        var room = Bottom - Margin;
        if (height > room)
        {
            width *= room / height;
            height = room;
        }
        Need(height + 6);
        using var picture = XImage.FromStream(new MemoryStream(image.Bytes));
        Graphics.DrawImage(picture, Margin, Y, width, height);
        Y += height + 8;
    }

    private void NumberPages()
    {
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var foot = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = Bottom + 24;
            if (paper.Name is { } name)
            {
                foot.DrawString(Fit(foot, name, Foot, Width - 80), Foot, XBrushes.DimGray, new XPoint(Margin, y), XStringFormats.BaseLineLeft);
            }
            foot.DrawString($"Side {i + 1} av {count}", Foot, XBrushes.DimGray, new XPoint(Margin + Width, y), XStringFormats.BaseLineRight);
        }
    }

    private void AddBookmarks()
    {
        PdfOutline? chapter = null;
        foreach (var (heading, index) in headings.Where(h => h.Heading.Level <= 2))
        {
            if (heading.Level == 1 || chapter is null)
            {
                chapter = document.Outlines.Add(heading.Text, document.Pages[index], true);
            }
            else
            {
                chapter.Outlines.Add(heading.Text, document.Pages[index]);
            }
        }
    }

    /// <summary>
    /// The attachments' pages after the paper's own, each under its bookmark; they keep their own feet (the auditor's signed pages
    /// are printed as signed). Each was checked as a readable PDF when it was uploaded.
    /// </summary>
    private void Attach()
    {
        foreach (var attachment in paper.Attachments)
        {
            using var source = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(attachment.Pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            var first = document.PageCount;
            foreach (var page in source.Pages)
            {
                document.AddPage(page);
            }
            if (document.PageCount > first)
            {
                document.Outlines.Add(attachment.Title, document.Pages[first], true);
            }
        }
    }

    /// <summary>A word wider than the line, cut into pieces that fit.</summary>
    private IEnumerable<string> Chunks(string word, XFont font, double width)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = word.Length - start;
            while (length > 1 && Graphics.MeasureString(word.Substring(start, length), font).Width > width)
            {
                length = Math.Max(1, length * 3 / 4);
            }
            yield return word.Substring(start, length);
            start += length;
        }
    }

    private static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (text.Length <= LongestWord && graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var length = Math.Min(text.Length, LongestWord);
        while (length > 1 && graphics.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }
        return text[..length] + "…";
    }

    /// <summary>Tabs become spaces and other control characters go: a text pasted from elsewhere may hold some.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Where(c => c >= ' ' || c == '\n'));
}

internal sealed record PdfLine(IReadOnlyList<PdfPiece> Pieces);

internal sealed record PdfPiece(string Text, bool Bold, double X);
