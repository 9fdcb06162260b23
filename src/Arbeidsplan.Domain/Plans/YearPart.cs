using NodaTime;
using NodaTime.Calendars;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A stretch of the year, by month and day, that repeats for each year it is placed in.</summary>
internal sealed record YearPart(int FromMonth, int FromDay, int ToMonth, int ToDay, string Label, int? Year, int? FromWeek = null, int? ToWeek = null)
{
    public DateInterval In(int year)
    {
        if (FromWeek is { } first && ToWeek is { } last)
        {
            // ISO weeks: a week 53 the year does not have is its last week.
            var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(year);
            return new DateInterval(WeekYearRules.Iso.GetLocalDate(year, Math.Min(first, weeks), IsoDayOfWeek.Monday),
                WeekYearRules.Iso.GetLocalDate(year, Math.Min(last, weeks), IsoDayOfWeek.Sunday));
        }
        var start = new LocalDate(year, FromMonth, FromDay);
        var endYear = ToMonth < FromMonth ? year + 1 : year;
        var end = new LocalDate(endYear, ToMonth, Math.Min(ToDay, CalendarSystem.Iso.GetDaysInMonth(endYear, ToMonth)));
        return new DateInterval(start, end);
    }

    public static YearPart Months(int from, int to, int? year, string label) => new(from, 1, to, 31, label, year);

    public static YearPart Weeks(int from, int to, int? year) => new(1, 1, 1, 1, from == to ? $"uke {from}" : $"uke {from}–{to}", year, from, to);
}
