using Arbeidsplan.Domain.DatePlan;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

public static class EventQueryExtensions
{
    /// <summary>
    /// The events that may have an occurrence in the window: single events overlapping it, series running in it (a series'
    /// last occurrence may run a while past its end date), and series with an occurrence moved into it.
    /// </summary>
    public static IQueryable<Event> Touching(this IQueryable<Event> events, DateInterval window)
    {
        var lastStart = window.Start.PlusDays(-366);
        return events.Where(e =>
            e.StartDate <= window.End && (e.EndDate >= window.Start || e.RepeatFrequency != null && (e.RepeatUntil == null || e.RepeatUntil >= lastStart))
            || e.Exceptions.Any(x => x.MovedStartDate != null && x.MovedStartDate <= window.End && x.MovedEndDate >= window.Start));
    }
}
