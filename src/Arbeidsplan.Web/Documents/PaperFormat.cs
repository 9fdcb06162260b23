namespace Arbeidsplan.Web.Documents;

/// <summary>The formats a document downloads in — Word, and PDF with the same content — and the one place a paper is written as a download.</summary>
public static class PaperFormat
{
    public static readonly (string Extension, string ContentType)[] All = [("docx", DocxWriter.ContentType), ("pdf", PdfWriter.ContentType)];

    /// <summary>
    /// The document written to a temporary file that deletes itself when the response has streamed it: a national report is never
    /// held twice in memory (as the writer's buffer and as an array), and the writers, which write synchronously, never block a
    /// request's response stream.
    /// </summary>
    public static Stream Spool(Paper paper, string extension)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"arbeidsplan-{Guid.NewGuid():N}.{extension}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81_920, FileOptions.DeleteOnClose);
        try
        {
            if (extension == "pdf")
            {
                PdfWriter.Write(paper, file);
            }
            else
            {
                DocxWriter.Write(paper, file);
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
