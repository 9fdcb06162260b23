using PdfSharp.Pdf.IO;

namespace Arbeidsplan.Web.Documents;

/// <summary>Checks an uploaded PDF before it is kept to be printed after a paper's pages: that it opens, unlocked, and how many pages it has.</summary>
public static class PaperPdf
{
    /// <summary>The number of pages, or null for a file that is not a PDF PDFsharp can import from (damaged, or locked with a password).</summary>
    public static int? Pages(byte[] bytes)
    {
        // The header may follow a little junk, as readers allow, but must be there: a renamed Word file is not a PDF.
        if (bytes.Length < 8 || bytes.AsSpan(0, Math.Min(1024, bytes.Length)).IndexOf("%PDF-"u8) < 0)
        {
            return null;
        }
        try
        {
            using var document = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
            return document.PageCount;
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or InvalidDataException or FormatException
            or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException or NotImplementedException or IOException)
        {
            // PDFsharp's reader throws many kinds on a damaged file; each means the same to the uploader.
            return null;
        }
    }
}
