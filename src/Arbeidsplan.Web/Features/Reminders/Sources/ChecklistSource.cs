using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// After an annual meeting, the day after: the leader and the treasurer register the new board with the public register and the
/// bank, and the new positions here.
/// </summary>
public sealed class ChecklistSource(AppDbContext db) : ReminderSource
{
    private static readonly Guid AnnualMeeting = EventKind.IdOf(EventKind.AnnualMeeting);

    public override async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderContext context, CancellationToken ct)
    {
        var (from, to) = (context.LookBack, context.Day);
        var meetings = await db.Events.AsNoTracking()
            .Where(e => e.KindId == AnnualMeeting && e.Status == EventStatus.Confirmed && e.RepeatFrequency == null && e.StartDate >= from && e.StartDate < to)
            .Select(e => new { e.Id, OrganisationId = e.HostId ?? e.OrganisationId, e.Title, e.StartDate })
            .ToListAsync(ct);
        var items = new List<ReminderItem>();
        foreach (var m in meetings)
        {
            var people = context.Index.WithRole(context.Index.InOrganisation(m.OrganisationId), PositionRole.Leads | PositionRole.Treasurer);
            if (people.Count == 0)
            {
                continue;
            }
            items.Add(new ReminderItem(ReminderKind.AnnualMeetingChecklist, m.Id, m.StartDate, m.OrganisationId, people,
                $"du er leder eller kasserer i {context.NameOf(m.OrganisationId)}, som holdt årsmøte {NorwegianTime.Format(m.StartDate)}",
                $"Etter årsmøtet i {context.NameOf(m.OrganisationId)}: registrer det nye styret",
                [
                    $"Årsmøtet ble holdt {NorwegianTime.Format(m.StartDate)}.",
                    "Meld det nye styret til Enhetsregisteret (Brønnøysundregistrene).",
                    "Gi banken beskjed om hvem som har disposisjonsrett og signatur.",
                    "Registrer de nye vervene i Arbeidsplan, så tilgang og påminnelser følger det nye styret.",
                    "Send årsmelding og protokoll til fylkeslaget.",
                ], $"/organisasjoner/{m.OrganisationId}"));
        }
        return items;
    }
}
