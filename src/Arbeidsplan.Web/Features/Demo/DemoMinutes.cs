using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Documents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's minutes and what follows from them: the November board meeting's minutes approved by two members, its decisions
/// with follow-up tasks (one done, one under way, one overdue), a decision that carries out a measure of the 2026 plan; the
/// executive committee's minutes and a decision by e-mail, both laid before the December board meeting; and a document on one of
/// December's cases. All marked as demo.
/// </summary>
internal sealed class DemoMinutes(AppDbContext db)
{
    private static readonly Instant Written = Instant.FromUtc(2026, 11, 17, 9, 0);

    public async Task LoadAsync(DemoWorld world, Meeting autumn, Meeting executive, Meeting december)
    {
        var present = db.Attendances.Local.Where(a => a.MeetingId == autumn.Id && a.Reply == AttendanceAnswer.Coming).Select(a => a.PersonId).ToList();
        foreach (var a in db.Attendances.Local.Where(a => a.MeetingId == autumn.Id).ToList())
        {
            a.RecordPresence(a.Reply == AttendanceAnswer.Coming);
        }
        var decisions = Minute(autumn, new Dictionary<string, (string Discussion, string? Decision, Vote? Vote)>
        {
            ["Budsjett for 2027"] = ("Styret drøftet rammen for valgkampen. Ett medlem ønsket å holde igjen til regnskapet for 2026 er klart.",
                "Fylkesstyret vedtar budsjettet for 2027 som lagt fram. Arbeidsutvalget legger fram valgkampbudsjettet i desember.", new Vote(VoteKind.Majority, 1)),
            ["Oppfølging av uttalelsene fra årsmøtet"] = ("Brev er sendt til helseforetaket. Møte med fylkesberedskapsrådet er avtalt i januar.", null, null),
            ["Studiearbeid: status for studieringene"] = ("Seks lokallag mangler studiering i år. Styret vil ha alle med før årsmøtene.",
                "Studieleder tar kontakt med lokallagene som ikke har hatt studiering, og melder tilbake til neste møte.", new Vote(VoteKind.Unanimous)),
        });
        var minutes = new Minutes(autumn, autumn.StartsAt.Date) { IsDemo = true };
        db.Minutes.Add(minutes);
        foreach (var signer in present.Take(2))
        {
            db.MinutesSignatures.Add(new MinutesSignature(autumn.Id, minutes.Revision, signer, Instant.FromUtc(2026, 11, 18, 12, 0)) { IsDemo = true });
        }
        minutes.Signed(Math.Min(2, present.Count), new LocalDate(2026, 11, 18));

        var budget = decisions["Budsjett for 2027"];
        var study = decisions["Studiearbeid: status for studieringene"];
        var executiveOwner = new FollowUpOwner(null, null, null, world.HedmarkExecutive.Id);
        AddTask(budget, "Legge fram valgkampbudsjettet for fylkesstyret", executiveOwner, new LocalDate(2026, 12, 8), MeasureStatus.UnderWay,
            "Utkast sendt på e-post til arbeidsutvalget.");
        if (present.Count > 1)
        {
            AddTask(budget, "Sende det vedtatte budsjettet til revisor", new FollowUpOwner(present[1], null, null, null), new LocalDate(2026, 11, 25),
                MeasureStatus.Done, "Sendt 20. november.");
            AddTask(study, "Ringe lokallagene uten studiering", new FollowUpOwner(present[0], null, null, null), new LocalDate(2026, 11, 30), null, null);
        }
        var measure = await db.Measures.Where(m => db.Plans.Any(p => p.Id == m.PlanId && p.OrganisationId == world.Hedmark.Id && p.PeriodFrom == new LocalDate(2026, 1, 1))
                && m.Text.Contains("studiering")).Select(m => (Guid?)m.Id).FirstOrDefaultAsync();
        if (measure is { } id)
        {
            db.DecisionMeasures.Add(new DecisionMeasure(study.Id, id));
        }

        Minute(executive, new Dictionary<string, (string, string?, Vote?)>
        {
            ["Forberedelse av fylkesstyremøtet 8. desember"] = ("Sakslisten gjennomgått.", "Arbeidsutvalget setter opp sakslisten som foreslått.", new Vote(VoteKind.Unanimous)),
        });
        db.Minutes.Add(new Minutes(executive, executive.StartsAt.Date) { IsDemo = true });
        var byMail = Decision.BetweenMeetings(world.Hedmark.Id, world.HedmarkExecutive.Id, new LocalDate(2026, 11, 27), "Trykking av valgkampmateriell",
            "Arbeidsutvalget bestiller 5 000 løpesedler til vervekampanjen i januar, innenfor budsjettet.", new Vote(VoteKind.Unanimous));
        byMail.IsDemo = true;
        db.Decisions.Add(byMail);

        var campaign = db.MeetingCases.Local.Single(c => c.MeetingId == december.Id && c.Title.StartsWith("Valgkamp 2027", StringComparison.Ordinal));
        var paper = new Paper().Title("Valgkampbudsjett 2027 (demo)").Fact("Lagt fram av", "Valgkamputvalget")
            .Text("Materiell 60 000 kr. Annonser 45 000 kr. Stands og arrangementer 25 000 kr. Kurs for kandidater 15 000 kr.")
            .Text("Til sammen 145 000 kr, innenfor rammen i budsjettet for 2027.").Docx();
        db.CaseAttachments.Add(new CaseAttachment(campaign, "Valgkampbudsjett 2027.docx", paper) { IsDemo = true });
        await db.SaveChangesAsync();
    }

    /// <summary>Writes the minutes of each named case and records its decision; returns the decisions by case title.</summary>
    private Dictionary<string, Decision> Minute(Meeting meeting, Dictionary<string, (string Discussion, string? Decision, Vote? Vote)> cases)
    {
        var made = new Dictionary<string, Decision>();
        foreach (var item in db.MeetingCases.Local.Where(c => c.MeetingId == meeting.Id).ToList())
        {
            var (discussion, text, vote) = cases.TryGetValue(item.Title, out var written) ? written
                : (null!, item.ProposedDecision, item.ProposedDecision is null ? null : new Vote(VoteKind.Unanimous));
            item.WriteDiscussion(discussion);
            if (text is not null && vote is not null)
            {
                var decision = Decision.OnCase(meeting, item, text, vote);
                decision.IsDemo = true;
                db.Decisions.Add(decision);
                made[item.Title] = decision;
            }
        }
        return made;
    }

    private void AddTask(Decision decision, string title, FollowUpOwner owner, LocalDate due, MeasureStatus? status, string? note)
    {
        var task = new FollowUpTask(decision, title, owner, due) { IsDemo = true };
        db.FollowUpTasks.Add(task);
        if (status is { } s)
        {
            var report = task.Report(s, due.PlusDays(-5), note, "Demo", Written);
            report.IsDemo = true;
            db.FollowUpNotes.Add(report);
        }
    }
}
