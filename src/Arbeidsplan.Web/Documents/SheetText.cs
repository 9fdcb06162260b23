using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Documents;

/// <summary>An uploaded table as text for the readers: CSV in UTF-8 or Windows-1252, or the first sheet of an Excel file as tab-separated lines.</summary>
public static class SheetText
{
    public static Outcome<string> Read(string fileName, Stream content, string wrongType) => UploadReading.Read(fileName, () =>
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxText.Read(copy, datePlanCells: false),
            ".csv" or ".txt" or ".tsv" => Domain.Members.DelimitedText.Decode(copy.ToArray()),
            _ => Outcome<string>.Invalid("File", wrongType),
        };
    });
}
