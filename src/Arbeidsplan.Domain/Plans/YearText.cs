using System.Globalization;
using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>Moves the years and dates in a text on by a number of years, for a plan rolled over into its next period.</summary>
public static partial class YearText
{
    /// <summary>Years inside the old period move on ("Arbeidsplan 2026" → "Arbeidsplan 2027"); others stay as written.</summary>
    public static string Shift(string text, int years, PlanPeriod period) =>
        Year().Replace(text, m => int.Parse(m.Value, CultureInfo.InvariantCulture) is var y && y >= period.From.Year && y <= period.To.Year ? (y + years).ToString(CultureInfo.InvariantCulture) : m.Value);

    /// <summary>
    /// Moves a timing text on. A date that names its weekday, or belongs to a meeting, keeps its weekday
    /// ("tirsdag 17. mars 2026" → "tirsdag 16. mars 2027"); other dates keep day and month.
    /// </summary>
    public static string ShiftTiming(string text, int years, PlanPeriod period, bool keepWeekday)
    {
        var shifted = WeekdayDate().Replace(text, m =>
        {
            var month = NorwegianDates.Month(m.Groups["m"].Value);
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : period.From.Year;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month is null || day > CalendarSystem.Iso.GetDaysInMonth(year, month.Value))
            {
                return m.Value;
            }
            var moved = SameWeekday.In(new LocalDate(year, month.Value, day), years);
            var yearPart = m.Groups["y"].Success ? $" {moved.Year}" : "";
            return $"{NorwegianDates.WeekdayName(moved.DayOfWeek)} {moved.Day}. {NorwegianDates.MonthName(moved.Month)}{yearPart}";
        });
        if (keepWeekday && shifted == text)
        {
            shifted = NamedDate().Replace(text, m =>
            {
                var month = NorwegianDates.Month(m.Groups["m"].Value);
                var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month is null || year < period.From.Year || year > period.To.Year || int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) > CalendarSystem.Iso.GetDaysInMonth(year, month.Value))
                {
                    return m.Value;
                }
                var moved = SameWeekday.In(new LocalDate(year, month.Value, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)), years);
                return $"{moved.Day}. {NorwegianDates.MonthName(moved.Month)} {moved.Year}";
            });
        }
        return Shift(shifted, years, period);
    }

    /// <summary>Years in the text before the period starts: what probably needs editing after a roll-over or a copy.</summary>
    public static IEnumerable<int> YearsIn(string? text) =>
        text is null ? [] : Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![\d.])(?:19|20)\d{2}(?!\d)")] private static partial Regex Year();
    [GeneratedRegex(@"(?i)(?<wd>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:den\s+)?(?<d>\d{1,2})\.\s*(?<m>[\p{L}]+)(?:\s+(?<y>\d{4}))?")] private static partial Regex WeekdayDate();
    [GeneratedRegex(@"(?i)(?<d>\d{1,2})\.\s*(?<m>[\p{L}]+)\s+(?<y>\d{4})")] private static partial Regex NamedDate();
}
