using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// Hedmark's county annual meeting of February 2026, held: the annual agenda, the constitution, the statutes' delegate rule, and the
/// elections of the board's leader and officers registered as the positions they hold (the register's own rows, so nobody holds
/// an office twice). The 2026 work plan is adopted at it (<see cref="DemoPlans"/>). Marked as demo and removed with the demo.
/// </summary>
internal sealed class DemoAnnualMeeting(AppDbContext db)
{
    public static readonly LocalDate Day = new(2026, 2, 15);

    public async Task<Meeting> LoadAsync(DemoWorld world)
    {
        var body = world.HedmarkAnnualMeeting;
        var meeting = new Meeting(body.Id, world.Hedmark.Id, "Fylkesårsmøtet 2026", Day + new LocalTime(10, 0), Day + new LocalTime(16, 0), "Scandic Hamar",
            Day.PlusDays(-28)) { IsDemo = true };
        meeting.RecordNotice(Instant.FromUtc(2026, 1, 12, 9, 0));
        db.Meetings.Add(meeting);
        var series = new CaseSeries(body.Id, Day.Year);
        db.CaseSeries.Add(series);
        var position = 0;
        var items = StandardAgendaItem.InOrder(StandardAgendaItem.AnnualMeetingDefaults);
        foreach (var item in items.Where(i => i.Place == AgendaPlace.Start))
        {
            db.MeetingCases.Add(MeetingCase.FromStandard(meeting, series.Take(), item, position++));
        }
        var resolutions = new MeetingCase(meeting, series.Take(), CaseKind.Decision, "Uttalelser om beredskap og lokalsykehus", position++);
        resolutions.Edit(CaseKind.Decision, "Uttalelser om beredskap og lokalsykehus", "Resolusjonskomiteen legger fram tre uttalelser.",
            "Årsmøtet vedtar uttalelsene slik resolusjonskomiteen har lagt dem fram.", false);
        db.MeetingCases.Add(resolutions);
        position = 1000;
        foreach (var item in items.Where(i => i.Place == AgendaPlace.End))
        {
            db.MeetingCases.Add(MeetingCase.FromStandard(meeting, series.Take(), item, position++));
        }
        foreach (var c in db.MeetingCases.Local.Where(c => c.MeetingId == meeting.Id))
        {
            c.IsDemo = true;
        }
        // Held once its agenda is there: a held meeting takes no new cases.
        meeting.MarkHeld();
        db.Constitutions.Add(new Constitution(meeting.Id, "Jon Blåbærli", "Ingrid Krekling", "Per Rognebær", "Anne Tranebær", ["Tor Bringebær", "Liv Solbær"]) { IsDemo = true });
        db.DelegateRules.Add(new DelegateRule(world.Hedmark.Id, 2, 50, 50, true, null, new AnnualDate(12, 31)) { IsDemo = true });
        await ElectionsAsync(world, meeting);
        return meeting;
    }

    /// <summary>The county's officers as the register holds them, each recorded as elected by acclamation and linked to the position.</summary>
    private async Task ElectionsAsync(DemoWorld world, Meeting meeting)
    {
        var held = await db.Positions.AsNoTracking().Where(p => p.BodyId == world.HedmarkBoard.Id)
            .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new { Position = p, t.SortOrder })
            .OrderBy(x => x.SortOrder).Take(5).ToListAsync();
        var order = 0;
        foreach (var x in held)
        {
            var p = x.Position;
            var result = new ElectionResult(meeting.Id, p.PositionTypeId, null, p.BodyId, null, p.PersonId, Day, p.Term.To ?? Day.PlusYears(1).PlusDays(-1), ++order)
            {
                IsDemo = true,
            };
            result.Elect(p.PersonId, order == 1 ? "gjenvalgt ved akklamasjon" : "ved akklamasjon");
            result.Register(p.Id);
            db.ElectionResults.Add(result);
        }
    }
}
