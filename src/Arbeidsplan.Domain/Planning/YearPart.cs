using NodaTime;

namespace Arbeidsplan.Domain.Planning;

/// <summary>A stretch of the year, by month and day, that repeats for each year it is placed in.</summary>
internal sealed record YearPart(int FromMonth, int FromDay, int ToMonth, int ToDay, string Label, int? Year)
{
    public DateInterval In(int year)
    {
        var start = new LocalDate(year, FromMonth, FromDay);
        var endYear = ToMonth < FromMonth ? year + 1 : year;
        var end = new LocalDate(endYear, ToMonth, Math.Min(ToDay, CalendarSystem.Iso.GetDaysInMonth(endYear, ToMonth)));
        return new DateInterval(start, end);
    }

    public static YearPart Months(int from, int to, int? year, string label) => new(from, 1, to, 31, label, year);
}
