using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The minutes of a meeting, written case by case by the body's leader and secretary (and those who cover the organisation) from
/// the meeting's day: who was present, each case's discussion, decision and vote, and who stepped aside as disqualified. The
/// first entry marks the meeting held and lays before it the decisions the body made by circulation since. Members read the full
/// minutes, everyone else who reads the meeting the public ones.
/// </summary>
public sealed class MinutesService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock)
{
    public const string WritersOnly = "Bare organets leder og sekretær, og de som har ansvaret for organisasjonen, skriver protokollen.";

    public async Task<MinutesView?> ViewAsync(Guid meetingId)
    {
        // The meeting comes with its body's name, its minutes and their corrections, and the cases with who stepped aside in each:
        // two round trips where one a table made six.
        var found = await (
            from m in db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            join b in db.Bodies on m.BodyId equals b.Id
            from written in db.Minutes.Where(x => x.MeetingId == m.Id).DefaultIfEmpty()
            select new
            {
                Meeting = m,
                b.Name,
                Minutes = written,
                Corrections = db.MinutesCorrections.Where(c => c.MeetingId == m.Id).OrderBy(c => c.Revision)
                    .Select(c => new CorrectionRow(c.Revision, c.Reason, c.Author, c.At)).ToList(),
            }).SingleOrDefaultAsync();
        if (found is not { Meeting: var meeting } || !await guard.ReadsBody(MeetingService.Ref(meeting)))
        {
            return null;
        }
        var onBody = (await access.SeatAsync(meeting.BodyId, withInvitation: false)).Sits;
        var canEdit = await guard.EditsBody(MeetingService.Ref(meeting));
        var minutes = found.Minutes;
        var cases = await db.MeetingCases.AsNoTracking().Where(c => c.MeetingId == meetingId).OrderBy(c => c.Position).ThenBy(c => c.Number)
            .Select(c => new { Case = c, Aside = db.Disqualifications.Where(d => d.CaseId == c.Id).Select(d => d.PersonId).ToList() }).ToListAsync();
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meetingId || d.ReportedAtMeetingId == meetingId).ToListAsync();
        var people = await PeopleAsync(meeting);
        var names = people.ToDictionary(p => p.PersonId, p => p.Name);
        var me = await access.PersonIdAsync();
        var revision = minutes?.Revision ?? 1;
        var signatures = await db.MinutesSignatures.AsNoTracking().Where(s => s.MeetingId == meetingId && s.Revision == revision).OrderBy(s => s.SignedAt)
            .Join(db.Persons, s => s.PersonId, p => p.Id, (s, p) => new { s.PersonId, p.Name }).ToListAsync();
        var approved = minutes?.IsApproved ?? false;
        var open = minutes is not null && !approved;
        return new MinutesView(meeting.Id, meeting.OrganisationId, meeting.BodyId, found.Name, meeting.Title, meeting.StartsAt, meeting.Place,
            minutes is not null, minutes?.Status ?? MinutesStatus.Draft, revision, await ApprovalAsync(minutes, signatures.Select(s => s.Name).ToList()),
            !onBody, canEdit && !approved && meeting.Status != MeetingStatus.Cancelled && meeting.StartsAt.Date <= clock.Today(),
            open && me is { } self && people.Any(p => p.PersonId == self && p.Role != AttendanceRole.Invitee && p.Present == true)
                && signatures.All(s => s.PersonId != self),
            minutes?.Version ?? 0, people,
            [.. cases.Select(c => Row(c.Case, onBody, decisions.SingleOrDefault(d => d.CaseId == c.Case.Id), c.Aside, names))],
            [.. decisions.Where(d => d.Way == DecisionWay.BetweenMeetings).OrderBy(d => d.DecidedOn).Select(d => DecisionRows.Of(d, "Mellom møtene"))],
            [.. signatures.Select(s => s.Name)], found.Corrections)
        {
            LaterMeetings = open && canEdit ? await db.Meetings.AsNoTracking()
                .Where(m => m.BodyId == meeting.BodyId && m.StartsAt > meeting.StartsAt && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.StartsAt).Take(5).Select(m => new NamedItem(m.Id, m.Title + " " + m.StartsAt.Date.ToString())).ToListAsync() : [],
        };
    }

    /// <summary>Whether the actor writes (and so may correct) the minutes of the meeting in view.</summary>
    public Task<bool> EditsAsync(MinutesView view) => guard.EditsBody(new BodyRef(view.OrganisationId, view.BodyId));

    private async Task<IReadOnlyList<PresenceRow>> PeopleAsync(Meeting meeting)
    {
        var roster = await MeetingRoster.OfAsync(db, meeting.BodyId, meeting.StartsAt.Date);
        var answers = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToDictionaryAsync(a => a.PersonId);
        return [.. roster.Select(p => new PresenceRow(p.PersonId, p.Name, p.Office, p.Role, p.Votes, answers.GetValueOrDefault(p.PersonId)?.Reply,
            answers.GetValueOrDefault(p.PersonId)?.Present))];
    }

    private async Task<string?> ApprovalAsync(Minutes? minutes, IReadOnlyList<string> signers)
    {
        if (minutes is not { IsApproved: true, ApprovedOn: { } on })
        {
            return null;
        }
        if (minutes.ApprovedAtMeetingId is { } at)
        {
            var title = await db.Meetings.Where(m => m.Id == at).Select(m => m.Title).SingleOrDefaultAsync();
            return $"Godkjent i møtet {title} {NorwegianTime.Format(on)}.";
        }
        return $"Godkjent {NorwegianTime.Format(on)}, signert av {NorwegianText.List(signers)}.";
    }

    private static CaseMinuteRow Row(MeetingCase c, bool onBody, Decision? decision, IReadOnlyList<Guid> disqualified, IReadOnlyDictionary<Guid, string> names) =>
        c.IsClosed && !onBody
            ? new CaseMinuteRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), "Unntatt offentlighet", true, true, null, null, null, null, null, null, null, [], [], c.Version)
            : new CaseMinuteRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), c.Title, c.IsClosed, false, c.ProposedDecision, c.Discussion, decision?.Id,
                decision?.Text, decision?.VoteKind, decision?.VotesAgainst, decision?.Vote.Text, disqualified,
                [.. disqualified.Select(id => names.GetValueOrDefault(id, Erased.Name))], c.Version);

    public Task<Outcome<Guid>> WriteCaseAsync(Guid meetingId, Guid caseId, CaseMinuteInput input) => Outcome.Try<Guid>(async () =>
    {
        var opened = await OpenAsync(meetingId);
        if (opened.Error is { } error)
        {
            return error;
        }
        var (meeting, minutes) = (opened.Meeting!, opened.Minutes!);
        var item = await db.MeetingCases.SingleOrDefaultAsync(c => c.Id == caseId && c.MeetingId == meetingId);
        if (item is null || (item.IsClosed && !(await access.SeatAsync(meeting.BodyId, withInvitation: false)).Sits))
        {
            return Outcome<Guid>.NotFound("Fant ikke saken.");
        }
        db.ExpectVersion(item, input.Version);
        item.WriteDiscussion(input.Discussion);
        // The case's version stands for its minutes too: a second secretary's stale form is refused, not merged.
        db.Entry(item).State = EntityState.Modified;
        if (await RecordDecisionAsync(meeting, item, input) is { } refused)
        {
            return refused;
        }
        var present = await db.Attendances.Where(a => a.MeetingId == meetingId && a.Present == true).Select(a => a.PersonId).ToListAsync();
        if (input.Disqualified.Except(present).Any())
        {
            return Outcome<Guid>.Invalid(nameof(input.Disqualified), "Bare de som er ført som til stede, kan føres som inhabile.");
        }
        var earlier = await db.Disqualifications.Where(d => d.CaseId == caseId).ToListAsync();
        db.Disqualifications.RemoveRange(earlier.Where(d => !input.Disqualified.Contains(d.PersonId)));
        db.Disqualifications.AddRange(input.Disqualified.Distinct().Where(p => earlier.All(d => d.PersonId != p)).Select(p => new Disqualification(meetingId, caseId, p)));
        await SignaturesVoidAsync(minutes);
        await db.SaveChangesAsync();
        return item.Id;
    });

    private async Task<Outcome<Guid>?> RecordDecisionAsync(Meeting meeting, MeetingCase item, CaseMinuteInput input)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.CaseId == item.Id);
        if (!string.IsNullOrWhiteSpace(input.Decision))
        {
            var vote = new Vote(input.Vote, input.Vote == VoteKind.Majority ? input.Against : null);
            if (decision is null)
            {
                db.Decisions.Add(Decision.OnCase(meeting, item, input.Decision, vote));
            }
            else
            {
                decision.Record(input.Decision, vote);
            }
            return null;
        }
        if (decision is not null)
        {
            if (await db.FollowUpTasks.AnyAsync(t => t.DecisionId == decision.Id))
            {
                return Outcome<Guid>.Invalid(nameof(input.Decision), "Vedtaket har oppfølgingsoppgaver og kan ikke tømmes. Rett teksten, eller slett oppgavene først.");
            }
            db.Decisions.Remove(decision);
        }
        return null;
    }

    /// <summary>Who was there: the people with a place at the meeting named present, the rest not; someone else is refused.</summary>
    public Task<Outcome<int>> PresenceAsync(Guid meetingId, PresenceInput input) => Outcome.Try<int>(async () =>
    {
        var opened = await OpenAsync(meetingId);
        if (opened.Error is { } error)
        {
            return error.Failure<int>();
        }
        var (meeting, minutes) = (opened.Meeting!, opened.Minutes!);
        db.ExpectVersion(minutes, input.Version);
        var roster = await MeetingRoster.OfAsync(db, meeting.BodyId, meeting.StartsAt.Date);
        if (input.Present.Except(roster.Select(p => p.PersonId)).Any())
        {
            return Outcome<int>.Invalid(nameof(input.Present), "Bare medlemmer, varamedlemmer og faste inviterte i organet kan føres som til stede.");
        }
        var now = clock.GetCurrentInstant();
        var answers = await db.Attendances.Where(a => a.MeetingId == meetingId).ToDictionaryAsync(a => a.PersonId);
        foreach (var person in roster)
        {
            var here = input.Present.Contains(person.PersonId);
            if (answers.GetValueOrDefault(person.PersonId) is not { } answer)
            {
                // Nobody answered for them: the minutes' record stands in for the answer too.
                answer = new Attendance(meetingId, person.PersonId, person.Role, here ? AttendanceAnswer.Coming : AttendanceAnswer.Absent, null, now);
                db.Attendances.Add(answer);
            }
            answer.RecordPresence(here);
        }
        var away = roster.Select(p => p.PersonId).Except(input.Present).ToList();
        db.Disqualifications.RemoveRange(await db.Disqualifications.Where(d => d.MeetingId == meetingId && away.Contains(d.PersonId)).ToListAsync());
        db.Entry(minutes).State = minutes.Version == 0 ? EntityState.Added : EntityState.Modified;
        await SignaturesVoidAsync(minutes);
        await db.SaveChangesAsync();
        return input.Present.Distinct().Count();
    });

    /// <summary>
    /// The meeting and its minutes ready to be written: found, the actor a writer, the day come, not approved. The first write
    /// creates them, marks the meeting held and lays the body's decisions made by circulation since before it.
    /// </summary>
    internal async Task<(Meeting? Meeting, Minutes? Minutes, Outcome<Guid>? Error)> OpenAsync(Guid meetingId)
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting)))
        {
            return (null, null, Outcome<Guid>.NotFound("Fant ikke møtet."));
        }
        if (!await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return (null, null, Outcome<Guid>.Forbidden(WritersOnly));
        }
        if (await db.Minutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId) is { } minutes)
        {
            minutes.EnsureOpen();
            return (meeting, minutes, null);
        }
        var created = new Minutes(meeting, clock.Today());
        db.Minutes.Add(created);
        if (meeting.Status == MeetingStatus.Planned)
        {
            meeting.MarkHeld();
        }
        var since = await db.Decisions.Where(d => d.BodyId == meeting.BodyId && d.Way == DecisionWay.BetweenMeetings && d.ReportedAtMeetingId == null
            && d.DecidedOn <= meeting.StartsAt.Date).ToListAsync();
        since.ForEach(d => d.ReportTo(meeting));
        return (meeting, created, null);
    }

    /// <summary>A change to minutes someone has signed voids their signatures: they signed other words.</summary>
    private async Task SignaturesVoidAsync(Minutes minutes) =>
        db.MinutesSignatures.RemoveRange(await db.MinutesSignatures.Where(s => s.MeetingId == minutes.MeetingId && s.Revision == minutes.Revision).ToListAsync());
}
