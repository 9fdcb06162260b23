namespace Arbeidsplan.Tests.Support;

/// <summary>Reads back a PDF the app wrote: its words in reading order, pages joined by spaces.</summary>
public static class Pdf
{
    public static string Text(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
