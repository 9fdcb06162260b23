using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A part of every year, from a day and month to a day and month (it may run over the new year).</summary>
public sealed record AnnualSpan
{
    public AnnualSpan(int fromMonth, int fromDay, int toMonth, int toDay)
    {
        if (fromMonth is < 1 or > 12 || toMonth is < 1 or > 12)
        {
            throw new RuleViolation("FromMonth", "Velg måneder mellom januar og desember.");
        }
        if (fromDay < 1 || fromDay > DaysIn(fromMonth) || toDay < 1 || toDay > DaysIn(toMonth))
        {
            throw new RuleViolation("FromDay", "Dagen finnes ikke i den måneden.");
        }
        (FromMonth, FromDay, ToMonth, ToDay) = (fromMonth, fromDay, toMonth, toDay);
    }

    public int FromMonth { get; }
    public int FromDay { get; }
    public int ToMonth { get; }
    public int ToDay { get; }

    public static AnnualSpan Months(int from, int to) => new(from, 1, to, DaysIn(to));

    /// <summary>The span as it falls in <paramref name="year"/> (a span over the new year ends in the next).</summary>
    public DateInterval In(int year)
    {
        var start = new LocalDate(year, FromMonth, Math.Min(FromDay, CalendarSystem.Iso.GetDaysInMonth(year, FromMonth)));
        var endYear = (ToMonth, ToDay).CompareTo((FromMonth, FromDay)) < 0 ? year + 1 : year;
        var day = Math.Min(ToDay, CalendarSystem.Iso.GetDaysInMonth(endYear, ToMonth));
        return new DateInterval(start, new LocalDate(endYear, ToMonth, day));
    }

    public string Label => FromDay == 1 && ToDay == DaysIn(ToMonth) && FromMonth == ToMonth
        ? $"i {NorwegianDates.MonthName(FromMonth)}"
        : $"{FromDay}. {NorwegianDates.MonthName(FromMonth)}–{ToDay}. {NorwegianDates.MonthName(ToMonth)}";

    // February counts 29 days so a leap-day rule is allowed; In() clamps it.
    private static int DaysIn(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2024, month);
}
