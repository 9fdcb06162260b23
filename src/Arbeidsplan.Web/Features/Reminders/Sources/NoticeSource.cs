using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// The notice for a meeting, by the date plan's deadline rules («innkalling to uker før»): to the leader of the meeting's body, or of
/// the organising organisation when the meeting has no body, with the meeting as an .ics attachment. Once the meeting's notice has
/// gone out from Møter, no reminder; while its agenda is being written there, the reminder opens it.
/// </summary>
public sealed class NoticeSource(AppDbContext db) : ReminderSource
{
    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var rules = await db.DeadlineRules.AsNoTracking().ToListAsync(ct);
        if (rules.Count == 0)
        {
            return [];
        }
        var pairs = rules.Select(r => new { r.OrganisationId, r.KindId }).Distinct().ToList();
        var organisers = pairs.Select(p => p.OrganisationId).Distinct().ToList();
        var kinds = pairs.Select(p => p.KindId).Distinct().ToList();
        // Meetings until the furthest rule's notice could still be ahead of the horizon.
        var window = new DateInterval(context.Day, context.Horizon.PlusDays(rules.Max(r => r.DaysBefore)));
        var events = await db.Events.AsNoTracking().Include(e => e.Exceptions)
            .Where(e => organisers.Contains(e.HostId ?? e.OrganisationId) && kinds.Contains(e.KindId) && e.Status == EventStatus.Confirmed
                && e.StartDate <= window.End && (e.RepeatFrequency != null ? e.RepeatUntil == null || e.RepeatUntil >= window.Start : e.StartDate >= window.Start))
            .ToListAsync(ct);
        // A meeting whose notice has gone out from Møter needs no reminder; one with an agenda is opened there.
        var eventIds = events.Select(e => (Guid?)e.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => eventIds.Contains(m.EventId))
            .Select(m => new { EventId = m.EventId!.Value, m.Id, m.NoticeSentAt }).ToDictionaryAsync(m => m.EventId, ct);
        var bodyIds = events.Where(e => e.BodyId is not null).Select(e => e.BodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var items = new List<ReminderItem>();
        // Made lists once: DerivedDeadline walks the rules for every meeting, and a lazy filter would be run again each time.
        var organisersWithMeetings = events.Select(e => e.OrganiserId).ToHashSet();
        var applying = rules.Where(r => organisersWithMeetings.Contains(r.OrganisationId)).ToList();
        foreach (var deadline in DerivedDeadline.For(applying, events.SelectMany(e => e.OccurrencesIn(window)).ToList()))
        {
            var meeting = deadline.Meeting;
            var e = meeting.Event;
            if (e.OrganiserId != deadline.Rule.OrganisationId || deadline.Due < context.LookBack || deadline.Due > context.Horizon)
            {
                continue;
            }
            var (people, who) = Leaders(context, e, bodies);
            if (people.Count == 0)
            {
                continue;
            }
            if (meetings.GetValueOrDefault(e.Id) is { NoticeSentAt: not null })
            {
                continue;
            }
            var link = meetings.GetValueOrDefault(e.Id) is { } agenda ? $"/moter/{agenda.Id}" : $"/datoplan/hendelse/{e.Id}";
            items.Add(new ReminderItem(ReminderKind.NoticeDue, ReminderItem.IdOf(deadline.Rule.Id, e.Id), deadline.Due, e.OrganiserId, people, who,
                $"Send innkalling innen {NorwegianTime.Format(deadline.Due)}: {e.Title} {NorwegianTime.Format(meeting.When.StartDate)}",
                [
                    $"Møte: {e.Title}, {meeting.When.Long}{(e.Place is null ? "" : $", {e.Place}")}",
                    $"{deadline.Rule.Title}: innen {NorwegianTime.Format(deadline.Due)}",
                    .. deadline.Rule.Description is { Length: > 0 } d ? new[] { d } : [],
                    "Innkallingen sendes med saksliste til alle med møterett.",
                ], link)
            {
                Meeting = new IcsEntry($"mote-{e.Id:N}-{meeting.OriginalDate:yyyyMMdd}@arbeidsplan", e.Title, meeting.When, null, [], e.Place,
                    e.Description, context.BaseUrl + link, (int)e.Version, e.UpdatedAt, "Møte", false),
            });
        }
        return items;
    }

    private static (IReadOnlyList<Guid> People, string Who) Leaders(ReminderContext context, Event e, IReadOnlyDictionary<Guid, string> bodies)
    {
        if (e.BodyId is { } body && context.Index.WithRole(context.Index.OnBody(body), PositionRole.Leads) is { Count: > 0 } chairs)
        {
            return (chairs, $"du leder {bodies.GetValueOrDefault(body, "organet")} og kaller inn til møtene");
        }
        var leaders = context.Index.WithRole(context.Index.InOrganisation(e.OrganiserId), PositionRole.Leads);
        return (leaders, $"du leder {context.NameOf(e.OrganiserId)}, som arrangerer møtet");
    }
}
