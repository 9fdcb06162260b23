using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Sends a meeting's notice: the closing items get their numbers now, after the cases, and the notice goes through the outbox to
/// the body's members and standing invitees with an e-mail address, in one save with the time it went out. Late is allowed and said
/// plainly. Sent again after a change, it goes out again and the last time counts.
/// </summary>
public sealed class MeetingNotice(AppDbContext db, Guard guard, IClock clock, MeetingMail mail, AttendanceService attendance)
{
    public Task<Outcome<NoticeResult>> SendAsync(Guid meetingId, long? version) => Outcome.Try<NoticeResult>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<NoticeResult>.NotFound("Fant ikke møtet.");
        }
        if (!await guard.EditsBody(MeetingService.Ref(meeting)))
        {
            return Outcome<NoticeResult>.Forbidden("Bare organets leder og sekretær, og de som har ansvaret for organisasjonen, sender innkallingen.");
        }
        if (AppDbContext.IsStale(meeting, version))
        {
            return Outcome<NoticeResult>.Conflict("Møtet er endret av noen andre siden du åpnet det. Se over sakslisten og send på nytt.");
        }
        var now = clock.GetCurrentInstant();
        var timing = meeting.RecordNotice(now);
        var cases = await db.MeetingCases.Where(c => c.MeetingId == meetingId).OrderBy(c => c.Position).ThenBy(c => c.Number).ToListAsync();
        if (cases.Any(c => c.Number is null))
        {
            var series = await db.CaseSeries.SingleOrDefaultAsync(s => s.BodyId == meeting.BodyId && s.Year == meeting.Year) ?? Added(new CaseSeries(meeting.BodyId, meeting.Year));
            foreach (var c in cases.Where(c => c.Number is null))
            {
                c.GiveNumber(series.Take());
            }
        }
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync();
        var roster = await MeetingRoster.OfAsync(db, meeting.BodyId, meeting.StartsAt.Date);
        var to = roster.Where(p => p.Role != AttendanceRole.Deputy).ToList();
        foreach (var person in to)
        {
            db.Notifications.Add(MeetingMail.NoticeInApp(meeting, body, person, now));
            if (person.Email is not null)
            {
                db.OutboxMessages.Add(mail.Notice(meeting, body, cases, person, now));
            }
        }
        await attendance.CallDeputiesAsync(meeting, roster, now);
        await db.SaveChangesAsync();
        return new NoticeResult(timing.Text, timing.IsLate, to.Count(p => p.Email is not null), [.. to.Where(p => p.Email is null).Select(p => p.Name)]);
    });

    private CaseSeries Added(CaseSeries series)
    {
        db.CaseSeries.Add(series);
        return series;
    }
}
