using NodaTime;
using NodaTime.Calendars;

namespace Arbeidsplan.Domain.Common;

/// <summary>
/// Where a date lands a number of years on when the weekday matters (a board meeting on a Thursday stays on a Thursday): the same
/// weekday of the same ISO week. The date plan's copy and the plan's roll-over both use it, so one Thursday moves to one date.
/// </summary>
public static class SameWeekday
{
    public static LocalDate In(LocalDate date, int years)
    {
        var rules = WeekYearRules.Iso;
        var weekYear = rules.GetWeekYear(date) + years;
        var week = Math.Min(rules.GetWeekOfWeekYear(date), rules.GetWeeksInWeekYear(weekYear));
        var copy = rules.GetLocalDate(weekYear, week, date.DayOfWeek);
        if (copy.Year == date.Year + years)
        {
            return copy;
        }
        // Around new year the ISO week belongs to the other year; take the nearest same weekday in the target year instead.
        var target = date.PlusYears(years);
        var after = target.With(DateAdjusters.NextOrSame(date.DayOfWeek));
        var before = target.With(DateAdjusters.PreviousOrSame(date.DayOfWeek));
        var nearest = Period.Between(target, after, PeriodUnits.Days).Days <= Period.Between(before, target, PeriodUnits.Days).Days ? after : before;
        return nearest.Year == target.Year ? nearest : nearest == after ? before : after;
    }
}
