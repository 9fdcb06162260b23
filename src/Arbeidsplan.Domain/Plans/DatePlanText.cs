using System.Globalization;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Reads the date plan printed in a plan ("Februar | 14.-15. | Fylkesårsmøte …", "20. Fylkesstyremøte Hedmark")
/// into a calendar, so relative timings such as "Første FS-møte etter årsmøtet" can be placed.
/// A month row without a day ("Januar | Lokallagsårsmøter") spans the whole month; a year row moves to that year.
/// </summary>
public static partial class DatePlanText
{
    public static PlanCalendar Calendar(string? text, PlanPeriod period)
    {
        var entries = new List<CalendarEntry>();
        var year = period.From.Year;
        int? month = null;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var cells = raw.Split(['|', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (cells.Count == 0)
            {
                continue;
            }
            if (cells.Count == 1 && YearRow().Match(cells[0]) is { Success: true } y)
            {
                year = int.Parse(y.Value, CultureInfo.InvariantCulture);
                month = null;
                continue;
            }
            if (NorwegianDates.Month(cells[0]) is { } m)
            {
                month = m;
                cells.RemoveAt(0);
            }
            if (month is null || cells.Count == 0)
            {
                continue;
            }
            var (when, name) = Split(cells);
            var yearPeriod = PlanPeriod.Year(year);
            var timing = when is null
                ? TimingParser.Parse(NorwegianDates.MonthName(month.Value), yearPeriod)
                : TimingParser.Parse(when, yearPeriod, contextMonth: month);
            if (timing.IsUnderstood && timing.Windows.Count == 1 && name.Length > 0)
            {
                entries.Add(new CalendarEntry(name, timing.Windows[0]));
            }
        }
        return new PlanCalendar(entries);
    }

    /// <summary>"14.-15." and the rest as one cell, or "20. Fylkesstyremøte" with the day in front of the name.</summary>
    private static (string? When, string Name) Split(List<string> cells)
    {
        if (DayCell().IsMatch(cells[0]))
        {
            return (cells[0], string.Join(" ", cells.Skip(1)));
        }
        var lead = LeadingDay().Match(cells[0]);
        return lead.Success
            ? (lead.Groups["day"].Value, string.Join(" ", new[] { lead.Groups["rest"].Value }.Concat(cells.Skip(1))))
            : (null, string.Join(" ", cells));
    }

    [GeneratedRegex(@"^(?:19|20)\d{2}$")] private static partial Regex YearRow();
    [GeneratedRegex(@"^\d{1,2}\.(?:\d{1,2}\.?)?(?:\s*-\s*\d{1,2}\.(?:\d{1,2}\.?)?)?$")] private static partial Regex DayCell();
    [GeneratedRegex(@"^(?<day>\d{1,2}\.(?:\s*-\s*\d{1,2}\.)?)\s+(?<rest>\D.*)$")] private static partial Regex LeadingDay();
}
