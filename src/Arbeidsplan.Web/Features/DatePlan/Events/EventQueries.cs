using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Events;

/// <summary>One event as its page and the API show it, with its series, exceptions, linked measures and derived deadlines.</summary>
public sealed class EventQueries(AppDbContext db, CurrentAccess access, Guard guard, CalendarQueries calendar, OrganisationDirectory directory)
{
    public async Task<EventDetail?> DetailAsync(Guid id)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Exceptions).Include(x => x.Measures).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);
        if (e is null || !await calendar.MaySeeAsync(e, (await access.HeldAsync()).Bodies))
        {
            return null;
        }
        var organiser = (await directory.FindAsync(e.OrganiserId))!.DisplayName;
        // The kind's and the body's names in one round trip.
        var names = await db.EventKinds.AsNoTracking().Where(k => k.Id == e.KindId)
            .Select(k => new { k.Name, Body = db.Bodies.Where(x => x.Id == e.BodyId).Select(x => x.Name).FirstOrDefault() }).SingleAsync();
        var measureIds = e.Measures.Select(m => m.MeasureId).ToList();
        var linked = measureIds.Count == 0 ? [] : await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id))
            .Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { Measure = new LinkedMeasure(m.Id, m.PlanId, m.Code, m.Text), p.OrganisationId }).ToListAsync();
        var measures = new List<LinkedMeasure>();
        foreach (var m in linked)
        {
            if (await guard.ReadsOrganisation(m.OrganisationId))
            {
                measures.Add(m.Measure);
            }
        }
        var rules = await db.DeadlineRules.AsNoTracking().Where(r => r.OrganisationId == e.OrganiserId && r.KindId == e.KindId).ToListAsync();
        var today = calendar.Today;
        var upcoming = e.OccurrencesIn(new DateInterval(today, today.PlusYears(2))).Take(60).ToList();
        var deadlines = DerivedDeadline.For(rules, upcoming)
            .Select(d => new DeadlineRow(d.Rule.Title, d.Due.ToDateOnly(), e.Title, d.Meeting.When.StartDate.ToDateOnly(), e.Id)).Take(12).ToList();
        var when = e.When;
        return new EventDetail(e.Id, e.OrganisationId, e.HostId, organiser, e.KindId, names.Name, e.BodyId, names.Body, e.Title, e.StartDate.ToDateOnly(), e.EndDate.ToDateOnly(),
            Time(e.StartTime), Time(e.EndTime), when.Long, e.Place, e.Link, e.Description, e.Visibility, e.Status, e.Status.Label(),
            EventService.ToInput(e.Repeat), e.Repeat?.Describe(e.StartDate),
            e.Exceptions.OrderBy(x => x.OriginalDate).Select(x => new ExceptionRow(x.OriginalDate.ToDateOnly(), x.IsCancelled, x.MovedTo?.Long)).ToList(),
            measures, deadlines, e.SourceText, e.IsDemo, await guard.CoversOrganisation(e.OrganisationId), e.Version)
        {
            Next = NextOccurrences(e, today, 8),
        };
    }

    /// <summary>The next occurrences of a series from today, for its page; none for a single event.</summary>
    private static IReadOnlyList<NextOccurrence> NextOccurrences(Event e, LocalDate today, int count) =>
        e.RepeatFrequency is null ? [] : [.. e.OccurrencesIn(new DateInterval(today, today.PlusYears(RecurrenceRule.MaxYears))).Take(count)
            .Select(o => new NextOccurrence(o.OriginalDate.ToDateOnly(), o.When.Long, o.Moved))];

    private static TimeOnly? Time(LocalTime? t) => t is { } v ? new TimeOnly(v.TickOfDay) : null;
}
