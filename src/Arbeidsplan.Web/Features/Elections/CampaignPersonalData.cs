using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The campaign tasks a person owns by name (at erasure handed to the leader's office of the plan's organisation, so the task is not
/// lost), the reports they wrote on tasks and the activities they logged, by the name kept as their author (at erasure the name
/// leaves them; the reports and counts stay the organisation's).
/// </summary>
public sealed class CampaignPersonalData(AppDbContext db, OrganisationDirectory directory) : IPersonalData
{
    public string Section => "Valgkamp";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var tasks = await db.CampaignTasks.AsNoTracking().Where(t => t.PersonId == subject.PersonId).OrderBy(t => t.DueOn).Select(t => new { t.Title, t.DueOn }).ToListAsync(ct);
        var notes = await db.CampaignTaskNotes.AsNoTracking().Where(n => names.Contains(n.Author)).OrderBy(n => n.On).Select(n => new { n.On, n.Text }).ToListAsync(ct);
        var logged = await db.CampaignActivities.AsNoTracking().Where(a => names.Contains(a.RecordedBy)).OrderBy(a => a.On).Select(a => new { a.On, a.Kind, a.Count }).ToListAsync(ct);
        return
        [
            .. tasks.Select(t => new PersonalRecord("Ansvarlig for en oppgave i valgkampplanen", new Dictionary<string, string?>
            {
                ["Oppgave"] = t.Title, ["Frist"] = NorwegianTime.Format(t.DueOn),
            })),
            .. notes.Select(n => new PersonalRecord("Rapporterte på en oppgave i valgkampen", new Dictionary<string, string?>
            {
                ["Dato"] = NorwegianTime.Format(n.On), ["Notat"] = n.Text,
            })),
            .. logged.Select(a => new PersonalRecord("Førte en aktivitet i valgkampen", new Dictionary<string, string?>
            {
                ["Dato"] = NorwegianTime.Format(a.On), ["Aktivitet"] = Domain.Elections.CampaignActivityKinds.Label(a.Kind), ["Antall"] = $"{a.Count}",
            })),
        ];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var tasks = await db.CampaignTasks.Where(t => t.PersonId == subject.PersonId).ToListAsync(ct);
        foreach (var task in tasks)
        {
            var party = await directory.PartyOfAsync(task.OrganisationId) ?? Guid.Empty;
            var leader = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party && (t.Roles & PositionRole.Leads) != 0).OrderBy(t => t.SortOrder)
                .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
            if (leader is { } type)
            {
                task.OwnerErased(type);
            }
            else
            {
                db.CampaignTasks.Remove(task);
            }
        }
        var notes = await db.CampaignTaskNotes.Where(n => names.Contains(n.Author)).ToListAsync(ct);
        notes.ForEach(n => n.ForgetAuthor());
        var logged = await db.CampaignActivities.Where(a => names.Contains(a.RecordedBy)).ToListAsync(ct);
        logged.ForEach(a => a.ForgetRecorder());
        return new ErasurePart(Section, tasks.Count + notes.Count + logged.Count, []);
    }
}
