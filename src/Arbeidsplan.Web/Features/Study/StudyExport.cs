namespace Arbeidsplan.Web.Features.Study;

/// <summary>The study page's lists as sheets: the circles of the year, and the hours per branch against last year.</summary>
public static class StudyExport
{
    public static IEnumerable<Dictionary<string, object?>> Circles(IEnumerable<CircleRow> circles) => circles.Select(c => new Dictionary<string, object?>
    {
        ["Lag eller organ"] = c.Unit,
        ["Studiemateriell"] = c.Material,
        ["Start"] = c.StartsOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["Slutt"] = c.EndsOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["Deltakere"] = c.Participants,
        ["Timer"] = c.Hours,
        ["Studieleder"] = c.LeaderName,
    });

    public static IEnumerable<Dictionary<string, object?>> Hours(IEnumerable<HoursRow> rows) => rows.Select(h => new Dictionary<string, object?>
    {
        ["Lag eller organ"] = h.Unit,
        ["Region"] = h.Region,
        ["Studieringer"] = h.Circles,
        ["Timer i år"] = h.Hours,
        ["Timer i fjor"] = h.HoursLastYear,
        ["Endring"] = h.Change,
    });
}
