using System.Text;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Branches;

/// <summary>A branch's annual-meeting notice as text to copy and as Word; it is never sent, since no member contact data is kept.</summary>
public sealed record AnnualMeetingNoticeView(Guid BranchId, string BranchName, LocalDate? Day, LocalDate? SendBy, string Text);

/// <summary>
/// Writes the notice of a branch's annual meeting from the date plan (the branch's next annual meeting, its day, time and place, and
/// the notice deadline the plan's rules set for annual meetings, else two weeks), with the agenda annual meetings have. The system
/// keeps no member contact data, so it cannot send it: the branch's board sends it to the members itself.
/// </summary>
public sealed class AnnualMeetingNotice(AppDbContext db, Guard guard, IClock clock)
{
    private static readonly Guid AnnualMeetingKind = EventKind.IdOf(EventKind.AnnualMeeting);

    public const int DefaultDaysBefore = 14;

    public async Task<AnnualMeetingNoticeView?> ForAsync(Guid branchId)
    {
        if (await db.Organisations.AsNoTracking().Where(o => o.Id == branchId).Select(o => new { o.Name, o.ParentId, o.Kind }).SingleOrDefaultAsync() is not { } branch
            || !await guard.ReadsOrganisation(branchId))
        {
            return null;
        }
        var today = clock.Today();
        var meeting = await db.Events.AsNoTracking()
            .Where(e => (e.OrganisationId == branchId || e.HostId == branchId) && e.KindId == AnnualMeetingKind && e.Status == EventStatus.Confirmed && e.StartDate >= today)
            .OrderBy(e => e.StartDate).Select(e => new { e.StartDate, e.StartTime, e.Place }).FirstOrDefaultAsync();
        var organisations = new List<Guid> { branchId };
        if (branch.ParentId is { } parent)
        {
            organisations.Add(parent);
        }
        var daysBefore = await db.DeadlineRules.AsNoTracking().Where(r => organisations.Contains(r.OrganisationId) && r.KindId == AnnualMeetingKind && r.BodyId == null)
            .MinAsync(r => (int?)r.DaysBefore) ?? DefaultDaysBefore;
        var day = meeting?.StartDate;
        var sendBy = day?.PlusDays(-daysBefore);
        // Without a day in the plan: annual meetings are held early in the year, so from the summer on the next one is next year's.
        var year = day?.Year ?? (today.Month >= 7 ? today.Year + 1 : today.Year);
        var text = new StringBuilder()
            .Append("Innkalling til årsmøte i ").Append(branch.Name).Append("\n\n")
            .Append("Tid: ").Append(day is { } d ? NorwegianTime.Format(d) : "[dato]").Append(meeting?.StartTime is { } t ? $" kl. {t:HH\\:mm}" : "").Append('\n')
            .Append("Sted: ").Append(meeting?.Place ?? "[sted]").Append("\n\n")
            .Append("Medlemmene i ").Append(branch.Name).Append(" kalles inn til årsmøte. Alle som har betalt kontingent, har stemmerett.\n\n")
            .Append("Saksliste\n")
            .Append("1. Konstituering: godkjenning av innkalling og saksliste, valg av møteleder, referent, to til å underskrive protokollen og tellekorps\n")
            .Append("2. Årsmelding for ").Append(year - 1).Append('\n')
            .Append("3. Regnskap for ").Append(year - 1).Append('\n')
            .Append("4. Arbeidsplan for ").Append(year).Append('\n')
            .Append("5. Innkomne forslag og uttalelser\n")
            .Append("6. Valg av styre, valgkomité og utsendinger til fylkesårsmøtet, etter valgkomiteens innstilling\n\n")
            .Append("Forslag som skal behandles på årsmøtet, sendes styret senest en uke før møtet.\n\n")
            .Append("Vel møtt!\n").Append("Styret i ").Append(branch.Name).Append('\n')
            .ToString();
        return new AnnualMeetingNoticeView(branchId, branch.Name, day, sendBy, text);
    }

    /// <summary>The notice as Word: the title, then a paragraph per line of the text.</summary>
    public static byte[] Word(AnnualMeetingNoticeView notice)
    {
        var lines = notice.Text.Split('\n');
        var doc = new Paper().Title(lines[0]);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            if (line == "Saksliste")
            {
                doc.Heading(line);
            }
            else
            {
                doc.Text(line);
            }
        }
        return doc.Docx();
    }
}
