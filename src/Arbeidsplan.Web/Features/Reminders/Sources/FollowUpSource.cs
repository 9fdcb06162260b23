using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// Open follow-up tasks of decisions: a reminder before the due date and one when it has passed, to the task's owner: the person
/// named, the holders of the named office where it is held, or the members of the named body.
/// </summary>
public sealed class FollowUpSource(AppDbContext db) : ReminderSource
{
    private static readonly MeasureStatus[] Open = [MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed];

    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var c = context;
        var tasks = await db.FollowUpTasks.AsNoTracking()
            .Where(t => t.DueOn >= c.LookBack && t.DueOn <= c.Horizon && Open.Contains(t.Status))
            .Join(db.Decisions, t => t.DecisionId, d => d.Id, (t, d) => new
            {
                t.Id, t.Title, t.DueOn, t.Status, t.PersonId, t.PositionTypeId, t.HeldInId, t.OwnerBodyId, t.DecisionId, Decision = d.Title, d.DecidedOn,
                d.OrganisationId, Body = db.Bodies.Where(b => b.Id == d.BodyId).Select(b => b.Name).First(),
            })
            .ToListAsync(ct);
        await c.Index.AddPeopleAsync(db, tasks.Where(t => t.PersonId is not null).Select(t => t.PersonId!.Value), ct);
        var ownerBodyIds = tasks.Where(t => t.OwnerBodyId is not null).Select(t => t.OwnerBodyId!.Value).Distinct().ToList();
        var ownerBodies = await db.Bodies.AsNoTracking().Where(b => ownerBodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var items = new List<ReminderItem>();
        foreach (var t in tasks)
        {
            var (people, who) = t switch
            {
                { PersonId: { } person } => ([person], "oppgaven er din"),
                { PositionTypeId: { } type, HeldInId: { } place } => Holders(c, type, place),
                { OwnerBodyId: { } body } => ((IReadOnlyList<Guid>)[.. c.Index.OnBody(body).Select(o => o.PersonId).Distinct()],
                    $"du sitter i {ownerBodies.GetValueOrDefault(body, "organet")}, som har oppgaven"),
                _ => ([], ""),
            };
            if (people.Count == 0)
            {
                continue;
            }
            var lines = new List<string>
            {
                $"Oppgave: {t.Title}",
                $"Vedtak: {t.Decision} ({t.Body}, {NorwegianTime.Format(t.DecidedOn)})",
                $"Frist: {NorwegianTime.Format(t.DueOn)}",
                $"Status nå: {t.Status.Label()}",
            };
            var link = $"/vedtak/{t.DecisionId}";
            var title = t.Title.Length > 120 ? t.Title[..117] + "…" : t.Title;
            items.Add(new ReminderItem(ReminderKind.FollowUpDue, t.Id, t.DueOn, t.OrganisationId, people, who, $"Frist {NorwegianTime.Format(t.DueOn)}: {title}",
                [.. lines, "Meld hvor oppgaven står, eller at den er gjort, på vedtaket i Arbeidsplan."], link));
            items.Add(new ReminderItem(ReminderKind.FollowUpOverdue, t.Id, t.DueOn, t.OrganisationId, people, who, $"Fristen er passert: {title}",
                [.. lines, "Fristen er passert. Meld status: gjort, utsatt eller droppet, med en kort merknad."], link));
        }
        return items;
    }
}
