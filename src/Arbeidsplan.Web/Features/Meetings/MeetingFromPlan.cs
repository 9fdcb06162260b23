using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A meeting made from the date plan: the event gives the day, time, place and title the input leaves out, and may be kept in
/// another organisation's plan (a county board's meetings in the umbrella's) while the meeting belongs to the body's organisation.
/// The notice deadline is the one the date plan's rules derive for the body's meetings.
/// </summary>
public sealed class MeetingFromPlan(AppDbContext db, Guard guard, IClock clock)
{
    /// <summary>Fills the input from its event; an error names the field when the event cannot be this body's meeting.</summary>
    public async Task<(string Field, string Message)?> FillAsync(MeetingInput input)
    {
        if (input.EventId is not { } id)
        {
            return null;
        }
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (e is null || !await guard.ReadsOrganisation(e.OrganisationId))
        {
            return (nameof(input.EventId), "Velg et møte i en datoplan du kan se.");
        }
        if (e.BodyId is { } body && body != input.BodyId)
        {
            return (nameof(input.EventId), "Møtet i datoplanen gjelder et annet organ.");
        }
        if (e.RepeatFrequency is not null)
        {
            return (nameof(input.EventId), "Møtet gjentas i datoplanen; lag sakslisten for én dag ved å velge dagen selv.");
        }
        if (await db.Meetings.AnyAsync(m => m.EventId == id))
        {
            return (nameof(input.EventId), "Møtet i datoplanen har allerede en saksliste.");
        }
        input.Date ??= e.StartDate.ToDateOnly();
        input.StartTime = string.IsNullOrWhiteSpace(input.StartTime) ? e.StartTime?.ToString("HH:mm", null) : input.StartTime;
        input.EndTime = string.IsNullOrWhiteSpace(input.EndTime) ? e.EndTime?.ToString("HH:mm", null) : input.EndTime;
        input.Place = string.IsNullOrWhiteSpace(input.Place) ? e.Place : input.Place;
        input.Title = string.IsNullOrWhiteSpace(input.Title) ? e.Title : input.Title;
        if (input.NoticeDeadline is null && await DeadlineAsync(e) is { } due)
        {
            input.NoticeDeadline = due.ToDateOnly();
        }
        return null;
    }

    /// <summary>The deadline the rules give a meeting of the body on a day, for a meeting that is no event of the date plan.</summary>
    public async Task<LocalDate?> DeadlineAsync(Guid bodyId, LocalDate day)
    {
        var days = await db.DeadlineRules.AsNoTracking().Where(r => r.BodyId == bodyId).Select(r => (int?)r.DaysBefore).MaxAsync();
        return days is { } d ? day.PlusDays(-d) : null;
    }

    private async Task<LocalDate?> DeadlineAsync(Event e)
    {
        var rules = await db.DeadlineRules.AsNoTracking().Where(r => r.OrganisationId == e.OrganiserId && r.KindId == e.KindId).ToListAsync();
        var occurrence = new Occurrence(e, e.StartDate, new EventWhen(e.StartDate, e.EndDate, e.StartTime, e.EndTime), false);
        return rules.Where(r => r.Covers(e)).Select(r => (LocalDate?)r.DueFor(occurrence)).Min();
    }

    /// <summary>The bodies' coming single meetings in readable date plans that have no agenda yet, the first 20 by day.</summary>
    public async Task<IReadOnlyList<PlannedEvent>> WaitingAsync(IReadOnlyList<NamedItem> bodies)
    {
        var ids = bodies.Select(b => (Guid?)b.Id).ToList();
        var today = clock.Today();
        var events = await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.BodyId) && e.StartDate >= today && e.RepeatFrequency == null && e.Status != EventStatus.Cancelled
                && !db.Meetings.Any(m => m.EventId == e.Id))
            .OrderBy(e => e.StartDate).Take(40)
            .Select(e => new { e.Id, e.OrganisationId, BodyId = e.BodyId!.Value, e.Title, e.StartDate, e.StartTime, e.Place }).ToListAsync();
        var readable = new HashSet<Guid>();
        foreach (var org in events.Select(e => e.OrganisationId).Distinct())
        {
            if (await guard.ReadsOrganisation(org))
            {
                readable.Add(org);
            }
        }
        var names = bodies.ToDictionary(b => b.Id, b => b.Name);
        return [.. events.Where(e => readable.Contains(e.OrganisationId)).Take(20)
            .Select(e => new PlannedEvent(e.Id, e.BodyId, names[e.BodyId], e.Title, e.StartDate, e.StartTime, e.Place))];
    }
}
