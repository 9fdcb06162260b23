using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Plans;

// ToLower() in a query is SQL lower() on both databases; a culture argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// The calendar a plan's relative timings are placed in: the events of the organisation's date plan in the plan's period,
/// and the date plan chapter the plan itself prints (for plans whose year is not in the calendar yet).
/// </summary>
public static class PlanCalendars
{
    public static async Task<PlanCalendar> ForPlanAsync(AppDbContext db, Guid planId, PlanPeriod period)
    {
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId && c.Title.ToLower().Contains("datoplan"))
            .OrderBy(c => c.Order).Select(c => new { c.Title, c.Text }).ToListAsync();
        var organisationId = await db.Plans.Where(p => p.Id == planId).Select(p => p.OrganisationId).SingleAsync();
        return PlanCalendar.FromChapters(chapters.Select(c => (c.Title, c.Text)), period).With(await EventsAsync(db, organisationId, period));
    }

    /// <summary>
    /// The organisation's own open events in the period and those its date plan lists from others (not its branches', not drafts,
    /// not a body's closed meetings), one entry per occurrence: what "årsmøtet" in its plan can mean.
    /// </summary>
    public static async Task<IReadOnlyList<CalendarEntry>> EventsAsync(AppDbContext db, Guid organisationId, PlanPeriod period)
    {
        var window = period.Interval;
        var events = await db.Events.AsNoTracking().Include(e => e.Exceptions)
            .Where(e => e.OrganisationId == organisationId && e.Status == EventStatus.Confirmed && e.Visibility != EventVisibility.Body).Touching(window)
            .AsSplitQuery().ToListAsync();
        return events.SelectMany(e => e.OccurrencesIn(window).Take(200)).Select(o => new CalendarEntry(o.Event.Title, o.When.Days)).ToList();
    }
}
