using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Answers to a notice (kommer, forfall) from the page, the API or the signed link in the e-mail; a voting member's forfall calls
/// the body's deputy members in their order, by e-mail through the outbox once the notice has gone out; and the quorum as the
/// answers stand.
/// </summary>
public sealed class AttendanceService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock, MeetingMail mail, AttendanceLinks links)
{
    public async Task<AttendanceView?> ViewAsync(Guid meetingId)
    {
        var found = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { m.OrganisationId, m.BodyId, m.StartsAt, b.QuorumAtLeast }).SingleOrDefaultAsync();
        if (found is null || !await guard.ReadsBody(new BodyRef(found.OrganisationId, found.BodyId)))
        {
            return null;
        }
        return await ViewOfAsync(meetingId, found.BodyId, found.StartsAt.Date, found.QuorumAtLeast);
    }

    /// <summary>The view of a meeting the caller has already found and may read (the meeting page has it from <see cref="MeetingService.FindAsync"/>).</summary>
    public async Task<AttendanceView> ViewOfAsync(Guid meetingId, Guid bodyId, LocalDate day, int? quorumAtLeast,
        IReadOnlyList<MeetingRoster.Invitation>? invitations = null)
    {
        var roster = await MeetingRoster.OfAsync(db, bodyId, day, invitations: invitations);
        var answers = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meetingId).ToDictionaryAsync(a => a.PersonId);
        var called = Called(roster, answers).ToHashSet();
        var people = roster.Select(p => new ParticipantRow(p.PersonId, p.Name, p.Office, p.Role, p.Votes, answers.GetValueOrDefault(p.PersonId)?.Reply,
            answers.GetValueOrDefault(p.PersonId)?.Note, called.Contains(p.PersonId), p.Email is not null)).ToList();
        var counted = people.Where(p => p.Votes || p.Called).ToList();
        var rule = new QuorumRule(quorumAtLeast);
        var quorum = QuorumOutlook.Of(rule, people.Count(p => p.Votes), counted.Count(p => p.Reply == AttendanceAnswer.Coming),
            counted.Count(p => p.Reply is null));
        return new AttendanceView(people, quorum, rule.Describe, await access.PersonIdAsync());
    }

    public Task<Outcome<AttendanceAnswer>> AnswerAsync(Guid meetingId, AnswerInput input) => Outcome.Try<AttendanceAnswer>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<AttendanceAnswer>.NotFound("Fant ikke møtet.");
        }
        var me = await access.PersonIdAsync();
        var person = input.PersonId ?? me;
        if (person is null)
        {
            return Outcome<AttendanceAnswer>.Invalid(nameof(input.PersonId), "Velg hvem svaret gjelder.");
        }
        if (person != me && !await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<AttendanceAnswer>.Forbidden("Du kan bare svare for deg selv. Organets leder og sekretær kan føre inn svar for andre.");
        }
        return await SaveAsync(meeting, person.Value, input);
    });

    /// <summary>The answer from the signed link: the link names the person, nobody signs in.</summary>
    public Task<Outcome<AttendanceAnswer>> AnswerByLinkAsync(string? token, AnswerInput input) => Outcome.Try<AttendanceAnswer>(async () =>
    {
        if (links.Read(token) is not { } grant || await db.Meetings.SingleOrDefaultAsync(m => m.Id == grant.MeetingId) is not { } meeting)
        {
            return Outcome<AttendanceAnswer>.Invalid("t", AttendanceLinks.Gone);
        }
        return await SaveAsync(meeting, grant.PersonId, input);
    });

    /// <summary>The meeting and the person a link is for, for the page that asks; null for a link that reads as nothing.</summary>
    public async Task<(MeetingRow Meeting, string Name, AttendanceAnswer? Reply)?> LinkAsync(string? token)
    {
        if (links.Read(token) is not { } grant)
        {
            return null;
        }
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == grant.MeetingId)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new MeetingRow(m.Id, m.BodyId, b.Name, m.Title, m.StartsAt, m.Place, m.Status, m.NoticeSentAt))
            .SingleOrDefaultAsync();
        var name = await db.Persons.Where(p => p.Id == grant.PersonId).Select(p => p.Name).SingleOrDefaultAsync();
        if (row is null || name is null)
        {
            return null;
        }
        var reply = await db.Attendances.Where(a => a.MeetingId == grant.MeetingId && a.PersonId == grant.PersonId).Select(a => (AttendanceAnswer?)a.Reply).SingleOrDefaultAsync();
        return (row, name, reply);
    }

    private async Task<Outcome<AttendanceAnswer>> SaveAsync(Meeting meeting, Guid person, AnswerInput input)
    {
        if (meeting.Status != MeetingStatus.Planned)
        {
            return Outcome<AttendanceAnswer>.Invalid(nameof(input.Reply), meeting.Status == MeetingStatus.Held ? "Møtet er holdt; svaret kan ikke endres." : "Møtet er avlyst.");
        }
        var roster = await MeetingRoster.OfAsync(db, meeting.BodyId, meeting.StartsAt.Date);
        if (roster.FirstOrDefault(p => p.PersonId == person) is not { } participant)
        {
            return Outcome<AttendanceAnswer>.Invalid(nameof(input.PersonId), "Personen har ikke møterett i organet: bare medlemmer, varamedlemmer og faste inviterte svarer på innkallingen.");
        }
        var now = clock.GetCurrentInstant();
        var answers = await db.Attendances.Where(a => a.MeetingId == meeting.Id).ToDictionaryAsync(a => a.PersonId);
        if (answers.GetValueOrDefault(person) is { } earlier)
        {
            earlier.Answer(input.Reply, input.Note, now);
        }
        else
        {
            var added = new Attendance(meeting.Id, person, participant.Role, input.Reply, input.Note, now);
            db.Attendances.Add(added);
            answers[person] = added;
        }
        await CallDeputiesAsync(meeting, roster, answers, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return Outcome<AttendanceAnswer>.Conflict("Svaret ble sendt to ganger samtidig. Last siden på nytt og se hva som er lagret.");
        }
        return input.Reply;
    }

    /// <summary>At the notice: the calls for forfall given before it, which had nobody to go to while no notice was out.</summary>
    public async Task CallDeputiesAsync(Meeting meeting, IReadOnlyList<Participant> roster, Instant now) =>
        await CallDeputiesAsync(meeting, roster, await db.Attendances.Where(a => a.MeetingId == meeting.Id).ToDictionaryAsync(a => a.PersonId), now);

    /// <summary>Sends the call to the deputies the forfall so far bring in, each once; before the notice has gone out, the notice will.</summary>
    private async Task CallDeputiesAsync(Meeting meeting, IReadOnlyList<Participant> roster, Dictionary<Guid, Attendance> answers, Instant now)
    {
        var called = Called(roster, answers.Values.ToDictionary(a => a.PersonId)).ToList();
        if (meeting.NoticeSentAt is null || called.Count == 0)
        {
            return;
        }
        var keys = called.Select(p => MeetingMail.CallKey(meeting, p)).ToList();
        // A call goes once: in the app to every deputy called, by e-mail to those with an address (calls from before the app had them count too).
        var sent = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync())
            .Concat(await db.OutboxMessages.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync()).ToHashSet();
        var body = await db.Bodies.Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync();
        // Tracked, so a call sent with the notice has the numbers the notice has just given the closing items.
        var cases = await db.MeetingCases.Where(c => c.MeetingId == meeting.Id).OrderBy(c => c.Position).ToListAsync();
        foreach (var deputy in roster.Where(p => called.Contains(p.PersonId) && !sent.Contains(MeetingMail.CallKey(meeting, p.PersonId))))
        {
            db.Notifications.Add(MeetingMail.CallInApp(meeting, body, deputy, now));
            if (deputy.Email is not null)
            {
                db.OutboxMessages.Add(mail.Call(meeting, body, cases, deputy, now));
            }
        }
    }

    private static IReadOnlyList<Guid> Called(IReadOnlyList<Participant> roster, IReadOnlyDictionary<Guid, Attendance> answers)
    {
        var absent = roster.Count(p => p.Votes && answers.GetValueOrDefault(p.PersonId)?.Reply == AttendanceAnswer.Absent);
        var deputies = roster.Where(p => p.Role == AttendanceRole.Deputy).Select(p => p.PersonId).ToList();
        var deputiesAbsent = deputies.Where(d => answers.GetValueOrDefault(d)?.Reply == AttendanceAnswer.Absent).ToHashSet();
        return DeputyCall.Called(deputies, absent, deputiesAbsent);
    }
}
