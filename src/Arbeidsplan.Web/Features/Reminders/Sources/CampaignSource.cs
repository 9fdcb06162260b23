using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// Open tasks of campaign plans: a reminder before the due date and one when it has passed, to the task's owner: the person named,
/// the holders of the named office where it is held, or the members of the named body.
/// </summary>
public sealed class CampaignSource(AppDbContext db) : ReminderSource
{
    private static readonly MeasureStatus[] Open = [MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed];

    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var c = context;
        var tasks = await db.CampaignTasks.AsNoTracking()
            .Where(t => t.DueOn >= c.LookBack && t.DueOn <= c.Horizon && Open.Contains(t.Status))
            .Join(db.Elections, t => t.ElectionId, e => e.Id, (t, e) => new
            {
                t.Id, t.Title, t.DueOn, t.Status, t.PersonId, t.PositionTypeId, t.HeldInId, t.OwnerBodyId, t.ElectionId, t.OrganisationId, Election = e.Name,
            })
            .ToListAsync(ct);
        await c.Index.AddPeopleAsync(db, tasks.Where(t => t.PersonId is not null).Select(t => t.PersonId!.Value), ct);
        var items = new List<ReminderItem>();
        foreach (var t in tasks)
        {
            var (people, who) = t switch
            {
                { PersonId: { } person } => ([person], "oppgaven er din"),
                { PositionTypeId: { } type, HeldInId: { } place } => Holders(c, type, place),
                { OwnerBodyId: { } body } => ((IReadOnlyList<Guid>)[.. c.Index.OnBody(body).Select(o => o.PersonId).Distinct()], "du sitter i organet som har oppgaven"),
                _ => ([], ""),
            };
            if (people.Count == 0)
            {
                continue;
            }
            var lines = new List<string> { $"Oppgave: {t.Title}", $"Valgkampplan: {t.Election}", $"Frist: {NorwegianTime.Format(t.DueOn)}", $"Status nå: {t.Status.Label()}" };
            var link = $"/valg/valgkamp?valg={t.ElectionId}&org={t.OrganisationId}#oppgave-{t.Id}";
            var title = t.Title.Length > 120 ? t.Title[..117] + "…" : t.Title;
            items.Add(new ReminderItem(ReminderKind.CampaignTaskDue, t.Id, t.DueOn, t.OrganisationId, people, who, $"Frist {NorwegianTime.Format(t.DueOn)}: {title}",
                [.. lines, "Meld hvor oppgaven står, eller at den er gjort, i valgkampplanen i Arbeidsplan."], link));
            items.Add(new ReminderItem(ReminderKind.CampaignTaskOverdue, t.Id, t.DueOn, t.OrganisationId, people, who, $"Fristen er passert: {title}",
                [.. lines, "Fristen er passert. Meld status: gjort, utsatt eller droppet, med en kort merknad."], link));
        }
        return items;
    }
}
