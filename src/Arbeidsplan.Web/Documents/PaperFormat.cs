namespace Arbeidsplan.Web.Documents;

/// <summary>The formats a document downloads in — Word, and PDF with the same content — and the one place a paper is rendered to one.</summary>
public static class PaperFormat
{
    public static readonly (string Extension, string ContentType)[] All = [("docx", DocxWriter.ContentType), ("pdf", PdfWriter.ContentType)];

    public static byte[] Render(Paper paper, string extension) => extension == "pdf" ? paper.Pdf() : paper.Docx();
}
