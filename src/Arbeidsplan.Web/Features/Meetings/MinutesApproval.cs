using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Approving the minutes: two members or deputies recorded present sign them in the app, each for themselves, or a later meeting
/// of the body approves them; then they are locked. A correction opens a new version with its reason and keeps the approved text.
/// </summary>
public sealed class MinutesApproval(AppDbContext db, Guard guard, CurrentAccess access, IClock clock, MinutesService minutes)
{
    /// <summary>Signs the minutes as the actor, or records their approval at a later meeting when one is named.</summary>
    public Task<Outcome<MinutesStatus>> ApproveAsync(Guid meetingId, ApprovalInput input) => Outcome.Try<MinutesStatus>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting))
            || await db.Minutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId) is not { } written)
        {
            return Outcome<MinutesStatus>.NotFound("Fant ikke protokollen.");
        }
        db.ExpectVersion(written, input.Version);
        return input.AtMeetingId is { } at ? await AtMeetingAsync(meeting, written, at) : await SignAsync(meeting, written);
    });

    private async Task<Outcome<MinutesStatus>> AtMeetingAsync(Meeting meeting, Minutes written, Guid at)
    {
        if (!await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<MinutesStatus>.Forbidden(MinutesService.WritersOnly);
        }
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == at) is not { } later)
        {
            return Outcome<MinutesStatus>.Invalid(nameof(ApprovalInput.AtMeetingId), "Velg et senere møte i samme organ som godkjente protokollen.");
        }
        written.ApproveAt(meeting, later);
        await db.SaveChangesAsync();
        return written.Status;
    }

    private async Task<Outcome<MinutesStatus>> SignAsync(Meeting meeting, Minutes written)
    {
        var me = await access.PersonIdAsync();
        var present = me is { } self && await db.Attendances.AnyAsync(a => a.MeetingId == meeting.Id && a.PersonId == self && a.Present == true
            && a.Role != AttendanceRole.Invitee);
        if (!present)
        {
            return Outcome<MinutesStatus>.Invalid("Signature", "Bare medlemmer og varamedlemmer som er ført som til stede i møtet, kan signere protokollen.");
        }
        written.EnsureOpen();
        var signed = await db.MinutesSignatures.Where(s => s.MeetingId == meeting.Id && s.Revision == written.Revision).Select(s => s.PersonId).ToListAsync();
        if (signed.Contains(me!.Value))
        {
            return Outcome<MinutesStatus>.Invalid("Signature", "Du har allerede signert denne versjonen av protokollen.");
        }
        db.MinutesSignatures.Add(new MinutesSignature(meeting.Id, written.Revision, me.Value, clock.GetCurrentInstant()));
        written.Signed(signed.Count + 1, clock.Today());
        db.Entry(written).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return Outcome<MinutesStatus>.Conflict("Du signerte to ganger samtidig. Last siden på nytt og se hva som er lagret.");
        }
        return written.Status;
    }

    /// <summary>Opens a new version of approved minutes for a correction, keeping the approved text with the reason.</summary>
    public Task<Outcome<int>> CorrectAsync(Guid meetingId, CorrectionInput input) => Outcome.Try<int>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting))
            || await db.Minutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId) is not { } written)
        {
            return Outcome<int>.NotFound("Fant ikke protokollen.");
        }
        if (!await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<int>.Forbidden(MinutesService.WritersOnly);
        }
        db.ExpectVersion(written, input.Version);
        // The text as approved, the full version whatever the reader may see.
        var before = await minutes.ViewAsync(meetingId);
        var reason = written.Correct(input.Reason);
        db.MinutesCorrections.Add(new MinutesCorrection(meetingId, written.Revision, reason, access.ActorName, clock.GetCurrentInstant(), MinutesText.Of(before!)));
        await db.SaveChangesAsync();
        return written.Revision;
    });
}
