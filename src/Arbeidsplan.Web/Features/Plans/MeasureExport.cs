namespace Arbeidsplan.Web.Features.Plans;

/// <summary>The measures list as a sheet, with the page's filters applied, a row per measure in the page's order.</summary>
public static class MeasureExport
{
    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<MeasureRow> measures) => measures.Select(m => new Dictionary<string, object?>
    {
        ["Kapittel"] = m.Chapter,
        ["Nr."] = m.Code,
        ["Tiltak"] = m.Text,
        ["Kategori"] = m.Category,
        ["Ansvar"] = m.Owner,
        ["Gjennomføring"] = m.Timing,
        ["Frist"] = m.DueOn?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = m.StatusLabel,
        ["Forfalt"] = m.Overdue ? "Ja" : "",
    });
}
