using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Min side's meetings: those the person is called to, and those whose notice is theirs to send and has not gone out.</summary>
public sealed record MyMeetingsView(IReadOnlyList<MyMeeting> Coming, IReadOnlyList<MyNotice> Notices)
{
    public static readonly MyMeetingsView None = new([], []);
}

/// <summary>A meeting whose notice the person sends and has not sent.</summary>
public sealed record MyNotice(Guid MeetingId, string Title, string Body, LocalDateTime StartsAt, LocalDate Deadline, bool Late);

/// <summary>
/// For the front page, in one round trip: the actor's coming meetings (the next 60 days, at most 10), of the bodies they sit on today
/// and those inviting them by name or by an office they hold; and the meetings of the bodies they lead or keep the minutes of (or,
/// when nobody leads a body, whose organisation they lead, as the reminders have it) whose notice has not gone out and is due within
/// three weeks or late (at most 20).
/// </summary>
public sealed class MyMeetings(AppDbContext db, CurrentAccess access, IClock clock)
{
    /// <summary>How far ahead a notice not sent is named: the usual notice is two weeks, so a week more gives time to write it.</summary>
    private const int NoticeDaysAhead = 21;

    public async Task<MyMeetingsView> MineAsync()
    {
        if (await access.PersonIdAsync() is not { } me)
        {
            return MyMeetingsView.None;
        }
        var today = clock.Today();
        var held = await access.OfficesAsync();
        var seats = held.Where(h => h.BodyId is not null).Select(h => h.BodyId!.Value).Distinct().ToList();
        // The bodies that invite me, by name or by an office where I hold it, are a subquery of the meetings' own.
        var invited = db.StandingInvitees.Where(InvitesMe(me, held)).Select(i => i.BodyId);
        var (from, to) = (today.AtMidnight(), today.PlusDays(61).AtMidnight());
        var coming = db.Meetings.AsNoTracking()
            .Where(m => (seats.Contains(m.BodyId) || invited.Contains(m.BodyId)) && m.Status == MeetingStatus.Planned && m.StartsAt >= from && m.StartsAt < to)
            .OrderBy(m => m.StartsAt).Take(10);
        var query = Rows(me, coming, false);
        if (NoticesToSend(held, today) is { } notices)
        {
            query = query.Concat(Rows(me, notices, true));
        }
        var rows = await query.ToListAsync();
        return new MyMeetingsView(
            [.. rows.Where(r => !r.Notice).OrderBy(r => r.StartsAt).Select(r => new MyMeeting(r.Id, r.Body, r.Title, r.StartsAt, r.Place, r.NoticeSentAt is not null, r.Reply))],
            [.. rows.Where(r => r.Notice).OrderBy(r => r.Deadline).Select(r => new MyNotice(r.Id, r.Title, r.Body, r.StartsAt, r.Deadline!.Value, r.Deadline < today))]);
    }

    /// <summary>A row of either list; set by member, as a UNION ALL of the two lists needs (a constructor would be projected on the client).</summary>
    private sealed class Row
    {
        public bool Notice { get; init; }
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public LocalDateTime StartsAt { get; init; }
        public string? Place { get; init; }
        public Instant? NoticeSentAt { get; init; }
        public LocalDate? Deadline { get; init; }
        public string Body { get; init; } = "";
        public AttendanceAnswer? Reply { get; init; }
    }

    private IQueryable<Row> Rows(Guid me, IQueryable<Meeting> meetings, bool notice) => meetings.Select(m => new Row
    {
        Notice = notice, Id = m.Id, Title = m.Title, StartsAt = m.StartsAt, Place = m.Place, NoticeSentAt = m.NoticeSentAt, Deadline = m.NoticeDeadline,
        Body = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
        Reply = db.Attendances.Where(a => a.MeetingId == m.Id && a.PersonId == me).Select(a => (AttendanceAnswer?)a.Reply).FirstOrDefault(),
    });

    /// <summary>The meetings whose notice is the actor's to send, not sent, due within three weeks or late; null when they call no body.</summary>
    private IQueryable<Meeting>? NoticesToSend(IReadOnlyList<Office> held, LocalDate today)
    {
        var bodies = held.Where(o => o.BodyId is not null && (o.Roles & (PositionRole.Leads | PositionRole.Secretary)) != 0).Select(o => o.BodyId!.Value).Distinct().ToList();
        var ledOrganisations = held.Where(o => o.OrganisationId is not null && (o.Roles & PositionRole.Leads) != 0).Select(o => o.OrganisationId!.Value).Distinct().ToList();
        if (bodies.Count == 0 && ledOrganisations.Count == 0)
        {
            return null;
        }
        var unled = db.Bodies.Where(b => ledOrganisations.Contains(b.OrganisationId) && !db.Positions.Any(p => p.BodyId == b.Id
                && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today)
                && db.PositionTypes.Any(t => t.Id == p.PositionTypeId && (t.Roles & PositionRole.Leads) != 0)))
            .Select(b => b.Id);
        var (from, soon) = (today.AtMidnight(), today.PlusDays(NoticeDaysAhead));
        return db.Meetings.AsNoTracking()
            .Where(m => (bodies.Contains(m.BodyId) || unled.Contains(m.BodyId)) && m.Status == MeetingStatus.Planned && m.NoticeSentAt == null && m.StartsAt >= from
                && m.NoticeDeadline != null && m.NoticeDeadline <= soon)
            .OrderBy(m => m.NoticeDeadline).Take(20);
    }

    /// <summary>A standing invitation of the person: by name, or of an office they hold, where they hold it (each pair, not any type with any place).</summary>
    private static Expression<Func<StandingInvitee, bool>> InvitesMe(Guid me, IEnumerable<Office> held)
    {
        var i = Expression.Parameter(typeof(StandingInvitee), "i");
        // Each value is read from a holder, so EF sends it as a parameter: constants would make one compiled query per user.
        Expression Is<T>(string property, T value) => Expression.Equal(Expression.Property(i, property),
            Expression.Field(Expression.Constant(new StrongBox<T>(value)), nameof(StrongBox<T>.Value)));
        var any = Is<Guid?>(nameof(StandingInvitee.PersonId), me);
        foreach (var office in held.Select(h => (h.TypeId, h.Place)).Distinct())
        {
            any = Expression.OrElse(any, Expression.AndAlso(Is<Guid?>(nameof(StandingInvitee.PositionTypeId), office.TypeId),
                Is(nameof(StandingInvitee.HeldInId), office.Place)));
        }
        return Expression.Lambda<Func<StandingInvitee, bool>>(any, i);
    }
}
