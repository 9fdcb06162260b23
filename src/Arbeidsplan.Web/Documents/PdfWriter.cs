using PdfSharp.Pdf;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Writes a <see cref="Paper"/> as an A4 PDF with the same content as its Word version, from the app itself with no program
/// outside it. The table of contents carries page numbers, so the paper is laid out twice: once to learn where each heading falls,
/// once to print. Headings are also the PDF's bookmarks. The PDF is not tagged; Word and the web page are the accessible forms.
/// </summary>
public static class PdfWriter
{
    public const string ContentType = "application/pdf";

    public static byte[] Write(Paper paper)
    {
        using var stream = new MemoryStream();
        Write(paper, stream);
        return stream.ToArray();
    }

    public static void Write(Paper paper, Stream stream)
    {
        PdfFonts.Register();
        IReadOnlyList<int>? pages = null;
        if (paper.Blocks.Any(b => b is PaperContents))
        {
            using var trial = new PdfLayout(paper, null);
            pages = trial.Run();
        }
        using var layout = new PdfLayout(paper, pages);
        layout.Run();
        layout.Save(stream);
    }

    internal static PdfDocument NewDocument(string? name)
    {
        var document = new PdfDocument();
        document.Info.Title = name ?? "";
        document.Info.Creator = "Arbeidsplan";
        document.PageLayout = PdfPageLayout.SinglePage;
        return document;
    }
}
