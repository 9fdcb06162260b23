using Arbeidsplan.Domain.Study;

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

    /// <summary>The requirements of the year, then a row per branch or body with its standing against each of them.</summary>
    public static IEnumerable<Dictionary<string, object?>> Requirements(IReadOnlyList<RequirementRow> requirements, IEnumerable<MatrixRow> matrix) =>
        matrix.Select(m =>
        {
            var row = new Dictionary<string, object?> { ["Lag eller organ"] = m.Unit, ["Region"] = m.Region };
            foreach (var r in requirements)
            {
                row[$"{r.Name} (frist {r.DueOn:dd.MM.yyyy})"] = m.Cells.FirstOrDefault(c => c.RequirementId == r.Id)?.Label;
            }
            return row;
        });

    public static IEnumerable<Dictionary<string, object?>> Materials(IEnumerable<MaterialRow> materials) => materials.Select(m => new Dictionary<string, object?>
    {
        ["Studiemateriell"] = m.Name,
        ["Slag"] = m.Kind == MaterialKind.DigitalCourse ? "Digitalt kurs" : "Studiering",
        ["Beskrivelse"] = m.Description,
    });
}
