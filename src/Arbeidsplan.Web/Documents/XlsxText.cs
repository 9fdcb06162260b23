using System.Globalization;
using MiniExcelLibs;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// Reads the first sheet of an Excel file as tab-separated lines, as the text readers expect a table. The file is checked as it
/// unpacks first (<see cref="OfficePackage"/>), then read as a stream of rows, with a limit on their number.
/// </summary>
public static class XlsxText
{
    /// <summary>More rows than a national party's member register at ten times its size.</summary>
    public const int MaxRows = 1_000_000;

    /// <param name="datePlanCells">Write whole numbers as day cells ("20.") and dates as "13.3.", as a date plan table means them.</param>
    public static string Read(Stream xlsx, bool datePlanCells = true, CancellationToken ct = default)
    {
        using var checkedFile = OfficePackage.Checked(xlsx, OfficePackage.Excel, ct);
        var lines = new List<string>();
        foreach (IDictionary<string, object?> row in checkedFile.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            if (lines.Count >= MaxRows)
            {
                throw new FileRefused($"Regnearket har mer enn {MaxRows:N0} rader. Del det opp.");
            }
            if (lines.Count % 10_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            lines.Add(string.Join('\t', row.Values.Select(v => datePlanCells ? DatePlanCell(v) : Cell(v))).TrimEnd('\t'));
        }
        return string.Join('\n', lines);
    }

    // Excel turns "20." into the number 20 and "13.3" into a date; both are written back as the plans write them.
    private static string DatePlanCell(object? value) => value switch
    {
        DateTime d => $"{d.Day}.{d.Month}.",
        double n when n == Math.Floor(n) && n is >= 1900 and <= 2100 => $"{n:0}",
        double n when n == Math.Floor(n) => $"{n:0}.",
        _ => Cell(value),
    };

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) => n.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
