using MiniExcelLibs;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Every list's Excel download, one way: a sheet of rows, each a column name and its value in the order the page shows them,
/// written by MiniExcel; and the endpoint's description of the file it answers with.
/// </summary>
public static class ExcelSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        // A sheet's name is at most 31 characters and cannot hold some signs.
        var name = new string([.. sheetName.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).Take(31)]);
        stream.SaveAs(rows, sheetName: name, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The download: the sheet as a file with its name.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult File(string fileName, string sheetName, IEnumerable<Dictionary<string, object?>> rows) =>
        TypedResults.File(Write(sheetName, rows), ContentType, fileName);

    /// <summary>Says in the API's description that the endpoint answers with a sheet.</summary>
    public static RouteHandlerBuilder ProducesExcel(this RouteHandlerBuilder builder) => builder.Produces<Stream>(StatusCodes.Status200OK, ContentType);
}
