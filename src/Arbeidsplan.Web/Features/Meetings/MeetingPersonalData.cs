using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A person's answers to meeting notices (kommer, forfall), exported with the meeting they answered, and the bodies that invite
/// them by name: both deleted at erasure. (An invitation of an office names no person.)
/// </summary>
public sealed class MeetingPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Møter";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var answers = await db.Attendances.AsNoTracking().Where(a => a.PersonId == id)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { m.Title, m.StartsAt, a.Role, a.Reply, a.Note, a.AnsweredAt })
            .ToListAsync(ct);
        var invited = await db.StandingInvitees.AsNoTracking().Where(i => i.PersonId == id)
            .Join(db.Bodies, i => i.BodyId, b => b.Id, (i, b) => new { b.Name, i.Right }).ToListAsync(ct);
        return [.. answers.OrderBy(a => a.StartsAt).Select(a => new PersonalRecord("Svar på innkalling", new Dictionary<string, string?>
        {
            ["Møte"] = a.Title,
            ["Dato"] = NorwegianTime.Format(a.StartsAt.Date),
            ["Som"] = a.Role switch { AttendanceRole.Member => "medlem", AttendanceRole.Deputy => "vara", _ => "invitert" },
            ["Svar"] = a.Reply == AttendanceAnswer.Coming ? "kommer" : "forfall",
            ["Merknad"] = a.Note,
            ["Svart"] = NorwegianTime.Format(a.AnsweredAt),
        })), .. invited.Select(i => new PersonalRecord("Fast invitert", new Dictionary<string, string?>
        {
            ["Organ"] = i.Name,
            ["Rett"] = StandingInvitee.Label(i.Right),
        }))];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var answers = await db.Attendances.Where(a => a.PersonId == subject.PersonId).ToListAsync(ct);
        db.Attendances.RemoveRange(answers);
        var invitations = await db.StandingInvitees.Where(i => i.PersonId == subject.PersonId).ToListAsync(ct);
        db.StandingInvitees.RemoveRange(invitations);
        return new ErasurePart(Section, answers.Count + invitations.Count, []);
    }
}
