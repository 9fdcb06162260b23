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
/// case shows its title to those who sit on the board or the committee only.
/// </summary>
public sealed class ExecutiveProtocol(AppDbContext db, CurrentAccess access)
{
    public async Task<IReadOnlyList<ExecutiveDecisionRow>> ForAsync(Guid meetingId, Guid organisationId, Guid bodyId, LocalDateTime startsAt)
    {
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId && (b.Id == bodyId || b.Kind == BodyKind.ExecutiveCommittee))
            .Select(b => new { b.Id, b.Kind }).ToListAsync();
        var committees = bodies.Where(b => b.Kind == BodyKind.ExecutiveCommittee).Select(b => b.Id).ToList();
        if (!bodies.Any(b => b.Id == bodyId && b.Kind == BodyKind.Board) || committees.Count == 0)
        {
            return [];
        }
        var previous = await db.Meetings.AsNoTracking()
            .Where(m => m.BodyId == bodyId && m.Id != meetingId && m.Status != MeetingStatus.Cancelled && m.StartsAt < startsAt)
            .MaxAsync(m => (LocalDateTime?)m.StartsAt);
        var (after, upTo) = (previous?.Date ?? startsAt.Date.PlusYears(-1), startsAt.Date);
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => committees.Contains(d.BodyId) && d.DecidedOn > after && d.DecidedOn <= upTo)
            .OrderBy(d => d.DecidedOn).Take(200)
            .Select(d => new
            {
                d.Id, d.BodyId, d.Title, d.Text, d.DecidedOn, d.VoteKind, d.VotesAgainst,
                Case = db.MeetingCases.Where(c => c.Id == d.CaseId).Select(c => new { c.Number, c.Year, c.IsClosed }).FirstOrDefault(),
            }).ToListAsync();
        // The committee's approvals of its own agenda and minutes are its business, not the board's: its standard items are left out.
        var routine = (await db.StandardAgendaItems.AsNoTracking().Where(i => i.BodyId != null && committees.Contains(i.BodyId.Value)).Select(i => i.Title).ToListAsync())
            .Concat(StandardAgendaItem.Defaults.Select(i => i.Title)).ToHashSet();
        rows = [.. rows.Where(r => r.Case is null || !routine.Contains(r.Title))];
        var seated = rows.Any(r => r.Case is { IsClosed: true }) && await SitsOnAnyAsync([bodyId, .. committees]);
        return [.. rows.Select(r => r.Case is { IsClosed: true } && !seated
            ? new ExecutiveDecisionRow(r.Id, Number(r.Case.Number, r.Case.Year), "Unntatt offentlighet", null, r.DecidedOn, null)
            : new ExecutiveDecisionRow(r.Id, r.Case is null ? null : Number(r.Case.Number, r.Case.Year), r.Title, r.Text, r.DecidedOn,
                new Vote(r.VoteKind, r.VotesAgainst).Text))];
    }

    private static string? Number(int? number, int year) => number is { } n ? new CaseNumber(n, year).ToString() : null;

    private async Task<bool> SitsOnAnyAsync(IReadOnlyList<Guid> bodies)
    {
        foreach (var body in bodies)
        {
            if ((await access.SeatAsync(body)).Sits)
            {
                return true;
            }
        }
        return false;
    }
}
