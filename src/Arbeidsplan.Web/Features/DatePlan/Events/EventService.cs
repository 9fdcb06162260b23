using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.DatePlan.Events;

/// <summary>Creates and changes events; only the organiser's people (the organisation in scope) may.</summary>
public sealed class EventService(AppDbContext db, Guard guard, IClock clock, EventQueries queries)
{
    public Task<Outcome<EventDetail>> SaveAsync(Guid? eventId, EventInput input) => Outcome.Try(async () =>
    {
        // An event named in the address is found (or not) before anything sent with it is judged.
        var e = eventId is { } id ? await EditableAsync(id) : null;
        if (eventId is not null && e is null)
        {
            return Outcome<EventDetail>.NotFound();
        }
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<EventDetail>.Invalid(nameof(input.OrganisationId), "Velg en arrangør du har tilgang til.");
        }
        if (!await db.EventKinds.AnyAsync(k => k.Id == input.KindId))
        {
            return Outcome<EventDetail>.Invalid(nameof(input.KindId), "Velg type hendelse.");
        }
        if (input.BodyId is { } bodyId && (await db.Bodies.Where(b => b.Id == bodyId).Select(b => (Guid?)b.OrganisationId).SingleOrDefaultAsync() is not { } bodyOwner
            || bodyOwner != (input.HostId ?? input.OrganisationId) || !await guard.CoversOrganisation(bodyOwner)))
        {
            return Outcome<EventDetail>.Invalid(nameof(input.BodyId), "Velg et organ hos arrangøren som du har tilgang til.");
        }
        if (input.HostId is { } host && (!await db.Organisations.AnyAsync(o => o.Id == host) || !await guard.CoversOrganisation(host)))
        {
            return Outcome<EventDetail>.Invalid(nameof(input.HostId), "Velg en arrangør du har ansvar for.");
        }
        var details = new EventDetails(input.KindId, input.Title!, input.BodyId, input.Place, input.Link, input.Description, input.Visibility, input.HostId);
        var when = When(input.StartDate, input.EndDate, input.StartTime, input.EndTime);
        var repeat = Repeat(input.Repeat, when.StartDate);
        if (e is not null)
        {
            if (e.OrganisationId != input.OrganisationId)
            {
                return Outcome<EventDetail>.Invalid(nameof(input.OrganisationId), "Arrangøren kan ikke byttes. Lag en ny hendelse.");
            }
            db.ExpectVersion(e, input.Version);
            e.Update(details, when, repeat);
            if (input.Status == EventStatus.Confirmed && e.Status == EventStatus.Draft)
            {
                e.Confirm();
            }
        }
        else
        {
            e = new Event(input.OrganisationId, details, when, repeat, input.Status == EventStatus.Draft ? EventStatus.Draft : EventStatus.Confirmed);
            db.Events.Add(e);
        }
        if (input.MeasureIds is { } measureIds)
        {
            await LinkMeasuresAsync(e, measureIds);
        }
        e.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return (await queries.DetailAsync(e.Id))!;
    });

    public Task<Outcome<EventDetail>> ChangeStatusAsync(Guid eventId, EventStatus status, long version) => Outcome.Try(async () =>
    {
        if (await EditableAsync(eventId) is not { } e)
        {
            return Outcome<EventDetail>.NotFound();
        }
        db.ExpectVersion(e, version);
        if (status == EventStatus.Cancelled)
        {
            e.Cancel();
        }
        else
        {
            e.Confirm();
        }
        e.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return (await queries.DetailAsync(e.Id))!;
    });

    public Task<Outcome<EventDetail>> ChangeOccurrenceAsync(Guid eventId, OccurrenceInput input) => Outcome.Try(async () =>
    {
        if (await EditableAsync(eventId) is not { } e)
        {
            return Outcome<EventDetail>.NotFound();
        }
        db.ExpectVersion(e, input.Version);
        var original = LocalDate.FromDateOnly(input.OriginalDate);
        EventWhen? moved = input.Cancel ? null : When(input.StartDate, input.EndDate ?? input.StartDate, input.StartTime, input.EndTime);
        db.EventExceptions.RemoveRange(e.Exceptions.Where(x => x.OriginalDate == original));
        db.EventExceptions.Add(e.ChangeOccurrence(original, moved));
        e.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return (await queries.DetailAsync(e.Id))!;
    });

    public Task<Outcome<EventDetail>> RestoreOccurrenceAsync(Guid eventId, DateOnly originalDate, long version) => Outcome.Try(async () =>
    {
        if (await EditableAsync(eventId) is not { } e)
        {
            return Outcome<EventDetail>.NotFound();
        }
        db.ExpectVersion(e, version);
        var removed = e.Exceptions.Where(x => x.OriginalDate == LocalDate.FromDateOnly(originalDate)).ToList();
        db.EventExceptions.RemoveRange(removed);
        e.RestoreOccurrence(LocalDate.FromDateOnly(originalDate));
        e.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync();
        return (await queries.DetailAsync(e.Id))!;
    });

    public Task<Outcome<Guid>> DeleteAsync(Guid eventId, long version) => Outcome.Try(async () =>
    {
        if (await EditableAsync(eventId) is not { } e)
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(e, version);
        db.Events.Remove(e);
        await db.SaveChangesAsync();
        return eventId;
    });

    /// <summary>The event, tracked with its exceptions and measure links, when the user may change it.</summary>
    internal async Task<Event?> EditableAsync(Guid id)
    {
        var e = await db.Events.Include(x => x.Exceptions).Include(x => x.Measures).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);
        return e is not null && await guard.CoversOrganisation(e.OrganisationId) ? e : null;
    }

    private async Task LinkMeasuresAsync(Event e, List<Guid> measureIds)
    {
        var wanted = measureIds.Distinct().ToList();
        var known = await db.Measures.Where(m => wanted.Contains(m.Id))
            .Join(db.Plans, m => m.PlanId, p => p.Id, (m, p) => new { m.Id, p.OrganisationId }).ToListAsync();
        foreach (var m in known)
        {
            if (!await guard.ReadsOrganisation(m.OrganisationId))
            {
                throw new RuleViolation(nameof(EventInput.MeasureIds), "Du kan bare knytte hendelsen til tiltak i planer du kan lese.");
            }
        }
        if (known.Count != wanted.Count)
        {
            throw new RuleViolation(nameof(EventInput.MeasureIds), "Fant ikke alle tiltakene hendelsen skal knyttes til.");
        }
        var before = e.Measures.ToList();
        e.LinkMeasures(wanted);
        db.EventMeasures.RemoveRange(before.Where(m => !wanted.Contains(m.MeasureId)));
        db.EventMeasures.AddRange(e.Measures.Where(m => before.All(b => b.MeasureId != m.MeasureId)));
    }

    internal static EventWhen When(DateOnly? start, DateOnly? end, TimeOnly? startTime, TimeOnly? endTime)
    {
        if (start is not { } s)
        {
            throw new RuleViolation("StartDate", "Oppgi dato.");
        }
        if (s.Year is < 2000 or > 2100 || end is { Year: < 2000 or > 2100 })
        {
            throw new RuleViolation(end is { Year: < 2000 or > 2100 } ? "EndDate" : "StartDate", "Datoen må ligge mellom år 2000 og 2100.");
        }
        return new EventWhen(LocalDate.FromDateOnly(s), LocalDate.FromDateOnly(end ?? s), Time(startTime), Time(endTime));
    }

    internal static RecurrenceRule? Repeat(RepeatInput? input, LocalDate start)
    {
        if (input is null || string.IsNullOrWhiteSpace(input.Frequency) || input.Frequency == "None")
        {
            return null;
        }
        var until = input.Until is { } u ? LocalDate.FromDateOnly(u) : (LocalDate?)null;
        var rule = input.Frequency switch
        {
            "Weekly" => new RecurrenceRule(RepeatFrequency.Weekly, input.Interval, input.Weekday, null, input.Count, until),
            "Monthly" => new RecurrenceRule(RepeatFrequency.Monthly, input.Interval, input.Ordinal is null ? null : input.Weekday ?? start.DayOfWeek,
                input.Ordinal, input.Count, until),
            "TimesAYear" => RecurrenceRule.TimesAYear(input.TimesAYear ?? 4, input.Count, until),
            "Yearly" => new RecurrenceRule(RepeatFrequency.Yearly, input.Interval, null, null, input.Count, until),
            _ => throw new RuleViolation("Repeat.Frequency", "Velg hvor ofte serien gjentas: ukentlig, månedlig, n ganger i året eller årlig."),
        };
        rule.CheckAgainst(start);
        return rule;
    }

    internal static RepeatInput? ToInput(RecurrenceRule? rule) => rule is null ? null : new RepeatInput
    {
        Frequency = rule.Frequency == RepeatFrequency.Monthly && rule.Ordinal is null && 12 % rule.Interval == 0 && rule.Interval > 1 ? "TimesAYear" : rule.Frequency.ToString(),
        Interval = rule.Interval, Weekday = rule.Weekday, Ordinal = rule.Ordinal, Count = rule.Count, TimesAYear = 12 / rule.Interval,
        Until = rule.Until?.ToDateOnly(),
    };

    private static LocalTime? Time(TimeOnly? t) => t is { } v ? LocalTime.FromTicksSinceMidnight(v.Ticks) : null;
}
