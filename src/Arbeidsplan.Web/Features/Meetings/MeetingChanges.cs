using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Moving, renaming or cancelling a planned meeting, by those who edit the body's meetings. Once the notice is out, everyone who got
/// it hears of the change through the outbox (a move with the new calendar entry), in the same save.
/// </summary>
public sealed class MeetingChanges(AppDbContext db, Guard guard, IClock clock, MeetingMail mail)
{
    public Task<Outcome<Guid>> EditAsync(Guid id, MeetingInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(id, input.Version) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke møtet.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var meeting = found.Meeting!;
        var when = MeetingService.When(input);
        if (when.Error is { } wrong)
        {
            return Outcome<Guid>.Invalid(wrong.Field, wrong.Message);
        }
        var (starts, ends) = (when.Starts!.Value, when.Ends);
        var was = (meeting.StartsAt, meeting.Place);
        meeting.Reschedule(input.Title ?? "", starts, ends, input.Place,
            input.NoticeDeadline is { } deadline ? LocalDate.FromDateOnly(deadline) : null, hasCases: true);
        if (was != (meeting.StartsAt, meeting.Place))
        {
            await TellAsync(meeting, $"{meeting.Title} er flyttet fra {MeetingMail.When(was.StartsAt, null)} til {MeetingMail.When(meeting.StartsAt, meeting.EndsAt)}"
                + (meeting.Place is null ? "." : $", {meeting.Place}."));
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    public Task<Outcome<Guid>> CancelAsync(Guid id, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(id, version) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke møtet.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var meeting = found.Meeting!;
        meeting.Cancel();
        await TellAsync(meeting, $"{meeting.Title} {MeetingMail.When(meeting.StartsAt, meeting.EndsAt)} er avlyst.");
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    private async Task TellAsync(Meeting meeting, string what)
    {
        if (meeting.NoticeSentAt is null)
        {
            return;
        }
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync();
        var now = clock.GetCurrentInstant();
        foreach (var person in (await MeetingRoster.OfAsync(db, meeting.BodyId, meeting.StartsAt.Date)).Where(p => p.Role != AttendanceRole.Deputy))
        {
            db.Notifications.Add(MeetingMail.ChangeInApp(meeting, person, what, now));
            if (person.Email is not null)
            {
                db.OutboxMessages.Add(mail.Change(meeting, body, person, what, now));
            }
        }
    }

    private async Task<(Meeting? Meeting, Outcome<Guid>? Error)?> EditableAsync(Guid id, long? version)
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == id) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting)))
        {
            return null;
        }
        if (!await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return (null, Outcome<Guid>.Forbidden(MeetingService.PlannersOnly));
        }
        if (AppDbContext.IsStale(meeting, version))
        {
            return (null, Outcome<Guid>.Conflict("Møtet er endret av noen andre siden du åpnet det. Last siden på nytt og gjør endringen igjen."));
        }
        return (meeting, null);
    }
}
