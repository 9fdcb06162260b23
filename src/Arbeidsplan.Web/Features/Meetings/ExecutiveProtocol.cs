using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The executive committee's protocol laid before the board (AU-vedtak siden forrige møte): for a board's meeting, the decisions
/// of the organisation's executive committees made after the board's previous meeting and up to this one, without the routine
/// approvals of the committee's own standard items. A decision on a closed
/// case shows its title to those who sit on the committee that made it only.
/// </summary>
public sealed class ExecutiveProtocol(AppDbContext db, CurrentAccess access, Guard guard)
{
    /// <param name="after">The day of the board's previous meeting (its decisions that day were laid before it), or a year back.</param>
    public async Task<IReadOnlyList<ExecutiveDecisionRow>> ForAsync(Guid organisationId, LocalDate after, LocalDate upTo)
    {
        // The committee's approvals of its own agenda and minutes are its business, not the board's: its standard items are left out.
        var routine = StandardAgendaItem.Defaults.Select(i => i.Title).ToList();
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId && d.DecidedOn > after && d.DecidedOn <= upTo
                && db.Bodies.Any(b => b.Id == d.BodyId && b.Kind == BodyKind.ExecutiveCommittee)
                && !(d.CaseId != null && (routine.Contains(d.Title) || db.StandardAgendaItems.Any(i => i.BodyId == d.BodyId && i.Title == d.Title))))
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).Take(200)
            .Select(d => new
            {
                d.Id, d.BodyId, d.Title, d.Text, d.DecidedOn, d.VoteKind, d.VotesAgainst,
                Case = db.MeetingCases.Where(c => c.Id == d.CaseId).Select(c => new { c.Number, c.Year, c.IsClosed }).FirstOrDefault(),
            }).ToListAsync();
        // A decision on a closed case is read by those who sit on the committee that made it, as on the decision's own page.
        var seated = new Dictionary<Guid, bool>();
        foreach (var body in rows.Where(r => r.Case is { IsClosed: true }).Select(r => r.BodyId).Distinct())
        {
            seated[body] = (await access.SeatAsync(body, withInvitation: false)).Sits;
        }
        // The decision's own page is the committee's: a board member or invitee who does not read the committee gets the text here, not a link.
        var readable = new Dictionary<Guid, bool>();
        foreach (var body in rows.Select(r => r.BodyId).Distinct())
        {
            readable[body] = await guard.ReadsBody(new BodyRef(organisationId, body));
        }
        return [.. rows.Select(r => (r.Case is { IsClosed: true } && !seated[r.BodyId]
            ? new ExecutiveDecisionRow(r.Id, Number(r.Case.Number, r.Case.Year), "Unntatt offentlighet", null, r.DecidedOn, null)
            : new ExecutiveDecisionRow(r.Id, r.Case is null ? null : Number(r.Case.Number, r.Case.Year), r.Title, r.Text, r.DecidedOn,
                new Vote(r.VoteKind, r.VotesAgainst).Text)) with { Linked = readable[r.BodyId] })];
    }

    private static string? Number(int? number, int year) => number is { } n ? new CaseNumber(n, year).ToString() : null;
}
