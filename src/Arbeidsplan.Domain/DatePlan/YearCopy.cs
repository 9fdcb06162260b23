using NodaTime;
using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>An event copied into a later year on the same weekday (<see cref="SameWeekday"/>), as a date plan copied to next year wants.</summary>
public static class YearCopy
{
    /// <summary>A draft copy of the event in a later year: same weekday, same length, the series' end moved along.</summary>
    public static Event Copy(Event source, int years)
    {
        var start = SameWeekday.In(source.StartDate, years);
        var shift = Period.Between(source.StartDate, start, PeriodUnits.Days).Days;
        var repeat = source.Repeat is { } r
            ? new RecurrenceRule(r.Frequency, r.Interval, r.Weekday, r.Ordinal, r.Count, r.Until?.PlusDays(shift))
            : null;
        return new Event(source.OrganisationId, source.Details, source.When.StartingOn(start), repeat, EventStatus.Draft) { CopiedFromId = source.Id };
    }
}
