using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>The demo's follow-up: the Kongsvinger region contact's calls and meetings, and branches flagged in Hedmark and Akershus.</summary>
internal sealed class DemoFollowUp(AppDbContext db, IClock clock)
{
    public async Task LoadAsync(DemoWorld world)
    {
        var today = clock.Today();
        var now = clock.GetCurrentInstant();
        var region = world.RegionNamed("Kongsvingerregionen");
        var contact = await db.Positions.Where(p => p.RegionId == region.Id).Join(db.Persons, p => p.PersonId, p => p.Id, (_, person) => person).FirstAsync();
        var branches = world.Organisations.Where(o => o.RegionId == region.Id && o.Kind == OrganisationKind.Local).OrderBy(o => o.Name).ToList();
        string[] notes =
        [
            "Snakket med lederen om årsmøtet. Styret er på plass, men mangler studieleder.",
            "Møtte styret. De vil verve ved å ringe medlemmer som ikke har betalt.",
            "Lederen har flyttet; nestlederen fungerer til årsmøtet.",
            "Gikk gjennom nettsiden og Facebook-siden sammen; begge oppdateres nå.",
        ];
        for (var i = 0; i < Math.Min(notes.Length, branches.Count); i++)
        {
            db.ContactEntries.Add(new ContactEntry(branches[i].Id, contact.Id, contact.Name, today.PlusDays(-7 - 19 * i), (ContactChannel)(i % 3), notes[i], now) { IsDemo = true });
        }
        if (branches.Count > 4)
        {
            db.BranchFlags.Add(new BranchFlag(branches[4].Id, FlagReason.MemberCare | FlagReason.WaysOfWorking,
                "Ingen styremøter siden årsmøtet, og mange har ikke betalt kontingent. Regionkontakten tar et besøk.", today.PlusDays(-40)) { IsDemo = true });
        }
        // Kongsvingerregionen's region meeting in March, as the imported date plan has it; most branches came.
        var kind = EventKind.IdOf(EventKind.RegionMeeting);
        var meeting = await db.Events.Where(e => e.KindId == kind && e.Title.Contains("Kongsvingerregionen") && e.StartDate >= new LocalDate(2026, 1, 1) && e.StartDate <= new LocalDate(2026, 12, 31)).Select(e => new { e.Id, e.StartDate }).FirstOrDefaultAsync();
        for (var i = 0; i < branches.Count; i++)
        {
            if (meeting is not null && i % 3 != 2)
            {
                db.MeetingAttendances.Add(new MeetingAttendance(meeting.Id, branches[i].Id, meeting.StartDate));
            }
            var check = new BranchCheck(branches[i].Id);
            check.Record(i % 2 == 0 ? today.PlusDays(-30 - 60 * i) : null, i % 3 == 0 ? today.PlusDays(-20 - 90 * i) : null, today);
            db.BranchChecks.Add(check);
        }
        var committee = world.Bodies.Single(b => b.OrganisationId == world.Akershus.Id && b.Name == "Organisatorisk utvalg");
        var akershus = world.Organisations.Where(o => o.ParentId == world.Akershus.Id && o.Kind == OrganisationKind.Local).OrderBy(o => o.Name).ToList();
        db.BranchFlags.Add(new BranchFlag(akershus[0].Id, FlagReason.Recruitment | FlagReason.SocialMedia,
            "Færre medlemmer tre år på rad, og Facebook-siden er ikke oppdatert siden valget.", today.PlusDays(-60), committee.Id) { IsDemo = true });
        var closed = new BranchFlag(akershus[1].Id, FlagReason.Finances, "Regnskapet for i fjor er ikke levert.", today.PlusDays(-120), committee.Id) { IsDemo = true };
        closed.Close(today.PlusDays(-30), "Regnskapet er levert og godkjent av revisor.");
        db.BranchFlags.Add(closed);
        await db.SaveChangesAsync();
    }
}
