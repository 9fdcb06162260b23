using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A person's answers to meeting notices (kommer, forfall) and presence in minutes, the bodies that invite them by name, the cases
/// they stepped aside from as disqualified, their signatures on minutes, the follow-up tasks they own by name and the reports and
/// corrections they wrote. At erasure the answers, invitations, disqualifications and signatures go, their tasks pass to the body
/// that decided them, and their name leaves the reports and corrections. (An invitation or task of an office names no person.)
/// At annual meetings: the elections they were proposed or elected in, and the roles the constitution names them in; at erasure
/// the elections keep the office without the name, and the name leaves the constitution.
/// </summary>
public sealed class MeetingPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "Møter";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var answers = await db.Attendances.AsNoTracking().Where(a => a.PersonId == id)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { m.Title, m.StartsAt, a.Role, a.Reply, a.Note, a.AnsweredAt, a.Present })
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
            ["Til stede ifølge protokollen"] = a.Present switch { true => "ja", false => "nei", _ => null },
        })), .. await MinutesAsync(subject, ct), .. invited.Select(i => new PersonalRecord("Fast invitert", new Dictionary<string, string?>
        {
            ["Organ"] = i.Name,
            ["Rett"] = StandingInvitee.Label(i.Right),
        })), .. await AnnualMeetingsAsync(subject, ct)];
    }

    private async Task<IEnumerable<PersonalRecord>> AnnualMeetingsAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var elections = await db.ElectionResults.AsNoTracking().Where(e => e.ProposedPersonId == id || e.ElectedPersonId == id)
            .Join(db.Meetings, e => e.MeetingId, m => m.Id, (e, m) => new
            {
                m.Title, m.StartsAt, e.ProposedPersonId, e.ElectedPersonId, e.Vote, e.TermFrom, e.TermTo,
                Office = db.PositionTypes.Where(t => t.Id == e.PositionTypeId).Select(t => t.Name).First(),
            }).ToListAsync(ct);
        var names = subject.Names.ToList();
        var constitutions = (await db.Constitutions.AsNoTracking()
                .Join(db.Meetings, c => c.MeetingId, m => m.Id, (c, m) => new { Constitution = c, m.Title, m.StartsAt })
                .Where(x => names.Contains(x.Constitution.Chair) || names.Contains(x.Constitution.MinuteTaker) || names.Contains(x.Constitution.FirstSigner)
                    || names.Contains(x.Constitution.SecondSigner) || x.Constitution.VoteCounters.Contains(subject.Name)).ToListAsync(ct))
            .Select(x => new { x.Title, x.StartsAt, Roles = names.SelectMany(x.Constitution.RolesOf).Distinct().ToList() }).Where(x => x.Roles.Count > 0);
        return [.. elections.Select(e => new PersonalRecord("Valg på årsmøte", new Dictionary<string, string?>
        {
            ["Møte"] = e.Title, ["Dato"] = NorwegianTime.Format(e.StartsAt.Date), ["Verv"] = e.Office,
            ["Foreslått av valgkomiteen"] = e.ProposedPersonId == id ? "ja" : "nei", ["Valgt"] = e.ElectedPersonId == id ? "ja" : "nei", ["Stemmer"] = e.Vote,
            ["Periode"] = $"{NorwegianTime.Format(e.TermFrom)}–{(e.TermTo is { } to ? NorwegianTime.Format(to) : "")}",
        })), .. constitutions.Select(c => new PersonalRecord("Konstituering av årsmøte", new Dictionary<string, string?>
        {
            ["Møte"] = c.Title, ["Dato"] = NorwegianTime.Format(c.StartsAt.Date), ["Som"] = string.Join(", ", c.Roles),
        }))];
    }

    /// <summary>The person in minutes and follow-up: disqualifications, signatures, tasks owned by name, and what they wrote.</summary>
    private async Task<IEnumerable<PersonalRecord>> MinutesAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.PersonId;
        var names = subject.Names.ToList();
        var disqualified = await db.Disqualifications.AsNoTracking().Where(d => d.PersonId == id)
            .Join(db.MeetingCases, d => d.CaseId, c => c.Id, (d, c) => new { c.Title, c.Number, c.Year }).ToListAsync(ct);
        var signed = await db.MinutesSignatures.AsNoTracking().Where(x => x.PersonId == id)
            .Join(db.Meetings, x => x.MeetingId, m => m.Id, (x, m) => new { m.Title, m.StartsAt, x.Revision, x.SignedAt }).ToListAsync(ct);
        var tasks = await db.FollowUpTasks.AsNoTracking().Where(t => t.PersonId == id).Select(t => new { t.Title, t.DueOn, t.Status }).ToListAsync(ct);
        var notes = await db.FollowUpNotes.AsNoTracking().Where(n => names.Contains(n.Author)).Select(n => new { n.On, n.Text }).ToListAsync(ct);
        var corrections = await db.MinutesCorrections.AsNoTracking().Where(c => names.Contains(c.Author)).Select(c => new { c.Reason, c.At }).ToListAsync(ct);
        return [.. disqualified.Select(d => new PersonalRecord("Inhabil i sak", new Dictionary<string, string?>
        {
            ["Sak"] = d.Number is { } n ? $"{new CaseNumber(n, d.Year)} {d.Title}" : d.Title,
        })), .. signed.Select(x => new PersonalRecord("Signert protokoll", new Dictionary<string, string?>
        {
            ["Møte"] = x.Title, ["Dato"] = NorwegianTime.Format(x.StartsAt.Date), ["Versjon"] = $"{x.Revision}", ["Signert"] = NorwegianTime.Format(x.SignedAt),
        })), .. tasks.Select(t => new PersonalRecord("Oppfølgingsoppgave", new Dictionary<string, string?>
        {
            ["Oppgave"] = t.Title, ["Frist"] = NorwegianTime.Format(t.DueOn), ["Status"] = t.Status.Label(),
        })), .. notes.Select(n => new PersonalRecord("Rapport på oppfølgingsoppgave", new Dictionary<string, string?>
        {
            ["Dato"] = NorwegianTime.Format(n.On), ["Tekst"] = n.Text,
        })), .. corrections.Select(c => new PersonalRecord("Rettelse av protokoll", new Dictionary<string, string?>
        {
            ["Begrunnelse"] = c.Reason, ["Når"] = NorwegianTime.Format(c.At),
        }))];
    }

    public async Task<ErasurePart> EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var names = subject.Names.ToList();
        var disqualified = await db.Disqualifications.Where(d => d.PersonId == subject.PersonId).ToListAsync(ct);
        db.Disqualifications.RemoveRange(disqualified);
        var signatures = await db.MinutesSignatures.Where(x => x.PersonId == subject.PersonId).ToListAsync(ct);
        db.MinutesSignatures.RemoveRange(signatures);
        var tasks = await db.FollowUpTasks.Where(t => t.PersonId == subject.PersonId).ToListAsync(ct);
        tasks.ForEach(t => t.OwnerErased());
        var notes = await db.FollowUpNotes.Where(n => names.Contains(n.Author)).ToListAsync(ct);
        notes.ForEach(n => n.ForgetAuthor());
        var corrections = await db.MinutesCorrections.Where(c => names.Contains(c.Author)).ToListAsync(ct);
        corrections.ForEach(c => c.ForgetAuthor());
        var elections = await db.ElectionResults.Where(e => e.ProposedPersonId == subject.PersonId || e.ElectedPersonId == subject.PersonId).ToListAsync(ct);
        elections.ForEach(e => e.Forget(subject.PersonId));
        var constituted = 0;
        foreach (var constitution in await db.Constitutions.Where(c => c.VoteCounters.Contains(subject.Name) || c.Chair == subject.Name
            || c.MinuteTaker == subject.Name || c.FirstSigner == subject.Name || c.SecondSigner == subject.Name).ToListAsync(ct))
        {
            constituted += constitution.Forget(subject.Name, Erased.Name) ? 1 : 0;
        }
        var minuted = disqualified.Count + signatures.Count + tasks.Count + notes.Count + corrections.Count + elections.Count + constituted;
        var answers = await db.Attendances.Where(a => a.PersonId == subject.PersonId).ToListAsync(ct);
        db.Attendances.RemoveRange(answers);
        var invitations = await db.StandingInvitees.Where(i => i.PersonId == subject.PersonId).ToListAsync(ct);
        db.StandingInvitees.RemoveRange(invitations);
        return new ErasurePart(Section, answers.Count + invitations.Count + minuted, []);
    }
}
