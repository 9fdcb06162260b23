using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The demo's board work: two of Hedmark's board meetings from Innlandet's date plan with agendas in the plans' themes (the November
/// one held, with its notice on time and the answers; the December one with its notice out and answers coming in), and the
/// executive committee's own series, with the minutes and follow-up of <see cref="DemoMinutes"/>. The January meeting stays in the date plan without an agenda, for the visitor to make.
/// All marked as demo and removed with the demo's organisations.
/// </summary>
internal sealed class DemoMeetings(AppDbContext db)
{
    public async Task LoadAsync(DemoWorld world)
    {
        var board = world.HedmarkBoard;
        var members = await db.Positions.Where(p => p.BodyId == board.Id).Select(p => p.PersonId).Distinct().ToListAsync();
        var autumn = await MeetingAsync(board.Id, world.Hedmark.Id, new LocalDate(2026, 11, 16), "Fylkesstyremøte", "Fylkeshuset, Hamar",
        [
            (CaseKind.Decision, "Budsjett for 2027", "Arbeidsutvalget legger fram forslag til budsjett, med økt ramme for valgkampen 2027.",
                "Fylkesstyret vedtar budsjettet for 2027 slik det er lagt fram, og ber arbeidsutvalget komme tilbake med valgkampbudsjettet i desember."),
            (CaseKind.Information, "Oppfølging av uttalelsene fra årsmøtet", "Politisk nestleder orienterer om brev og møter om uttalelsene om beredskap og lokalsykehus.", null),
            (CaseKind.Discussion, "Studiearbeid: status for studieringene", "Studieleder viser hvor mange lokallag som har hatt studiering i år.", null),
        ]);
        autumn.Meeting.RecordNotice(Instant.FromUtc(2026, 10, 30, 9, 0));
        autumn.Meeting.MarkHeld();
        Answer(autumn.Meeting, members, absent: members.Count > 3 ? 1 : 0);

        var december = await MeetingAsync(board.Id, world.Hedmark.Id, new LocalDate(2026, 12, 8), "Fylkesstyremøte", "Fylkeshuset, Hamar",
        [
            (CaseKind.Decision, "Arbeidsplan 2027: forslag til årsmøtet", "Forslaget bygger på arbeidsplanen for 2026, med vekt på valgkampen og medlemsverving.",
                "Fylkesstyret legger forslaget til arbeidsplan for 2027 fram for årsmøtet."),
            (CaseKind.Decision, "Valgkamp 2027: organisering og budsjett", "Valgkamputvalget foreslår valgkampkontakter i alle lokallag innen mars.",
                "Valgkamputvalget får ansvar for valgkampen, med budsjett som lagt fram."),
            (CaseKind.Discussion, "Nominasjon: tidsplan for fylkestingslista", "Valgkomiteen ønsker styrets innspill til tidsplanen.", null),
            (CaseKind.Information, "Kurs for lokallagsledere i februar", null, null),
        ]);
        december.Meeting.RecordNotice(Instant.FromUtc(2026, 11, 20, 8, 30));
        Answer(december.Meeting, members.Take(Math.Max(0, members.Count - 2)).ToList(), absent: 1);

        var executive = await MeetingAsync(world.HedmarkExecutive.Id, world.Hedmark.Id, new LocalDate(2026, 11, 24), "AU-møte", "Teams",
        [
            (CaseKind.Decision, "Forberedelse av fylkesstyremøtet 8. desember", null, "Arbeidsutvalget setter opp sakslisten som foreslått."),
        ]);
        executive.Meeting.RecordNotice(Instant.FromUtc(2026, 11, 17, 8, 0));
        executive.Meeting.MarkHeld();
        await new DemoMinutes(db).LoadAsync(world, autumn.Meeting, executive.Meeting, december.Meeting);
    }

    private async Task<(Meeting Meeting, CaseSeries Series)> MeetingAsync(Guid bodyId, Guid organisationId, LocalDate day, string title, string place,
        IReadOnlyList<(CaseKind Kind, string Title, string? Background, string? Proposal)> cases)
    {
        // The board's meetings are events of Innlandet's date plan (imported from the demo's plan); the meeting is that event.
        var e = await db.Events.Where(x => x.BodyId == bodyId && x.StartDate == day).Select(x => (Guid?)x.Id).FirstOrDefaultAsync();
        var meeting = new Meeting(bodyId, organisationId, title, day + new LocalTime(18, 0), day + new LocalTime(21, 0), place, day.PlusDays(-14), e) { IsDemo = true };
        db.Meetings.Add(meeting);
        var series = db.CaseSeries.Local.FirstOrDefault(s => s.BodyId == bodyId && s.Year == day.Year) ?? Added(new CaseSeries(bodyId, day.Year));
        var position = 0;
        // The board's agenda lays the executive committee's decisions before it, as a new board meeting's does.
        var standard = StandardAgendaItem.InOrder(StandardAgendaItem.DefaultsFor(title == "Fylkesstyremøte"));
        foreach (var item in standard.Where(i => i.Place == AgendaPlace.Start))
        {
            db.MeetingCases.Add(MeetingCase.FromStandard(meeting, series.Take(), item, position++));
        }
        foreach (var (kind, caseTitle, background, proposal) in cases)
        {
            var added = new MeetingCase(meeting, series.Take(), kind, caseTitle, position++);
            added.Edit(kind, caseTitle, background, proposal, false);
            db.MeetingCases.Add(added);
        }
        position = 1000;
        foreach (var item in standard.Where(i => i.Place == AgendaPlace.End))
        {
            db.MeetingCases.Add(MeetingCase.FromStandard(meeting, series.Take(), item, position++));
        }
        foreach (var c in db.MeetingCases.Local.Where(c => c.MeetingId == meeting.Id))
        {
            c.IsDemo = true;
        }
        return (meeting, series);
    }

    private CaseSeries Added(CaseSeries series)
    {
        db.CaseSeries.Add(series);
        return series;
    }

    private void Answer(Meeting meeting, List<Guid> people, int absent)
    {
        var at = meeting.NoticeSentAt!.Value.Plus(Duration.FromDays(2));
        for (var i = 0; i < people.Count; i++)
        {
            var reply = i >= people.Count - absent ? AttendanceAnswer.Absent : AttendanceAnswer.Coming;
            db.Attendances.Add(new Attendance(meeting.Id, people[i], AttendanceRole.Member, reply, reply == AttendanceAnswer.Absent ? "Jobbreise" : null, at) { IsDemo = true });
        }
    }
}
