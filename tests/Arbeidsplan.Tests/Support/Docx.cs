namespace Arbeidsplan.Tests.Support;

/// <summary>Reads back a Word document the app wrote.</summary>
public static class Docx
{
    public static string Text(byte[] bytes)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }
}
