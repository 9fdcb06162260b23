using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A meeting of a body: its time and place (usually an event of the date plan, which may be stored in another organisation's plan,
/// as a county board's meetings in the umbrella's), its notice and deadline, and the agenda of cases. It belongs to the body's
/// organisation wherever its event is stored, so that organisation's leaders edit it.
/// </summary>
public sealed class Meeting : IVersioned, IAudited
{
    private Meeting() => Title = "";

    public Meeting(Guid bodyId, Guid organisationId, string title, LocalDateTime startsAt, LocalDateTime? endsAt, string? place, LocalDate? noticeDeadline,
        Guid? eventId = null)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        OrganisationId = organisationId;
        EventId = eventId;
        Set(title, startsAt, endsAt, place, noticeDeadline);
    }

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The date plan's event this meeting is, when it is one.</summary>
    public Guid? EventId { get; private set; }
    public string Title { get; private set; }
    public LocalDateTime StartsAt { get; private set; }
    public LocalDateTime? EndsAt { get; private set; }
    public string? Place { get; private set; }

    /// <summary>The last day the notice may go out, as the date plan's rule for the body derives it.</summary>
    public LocalDate? NoticeDeadline { get; private set; }
    public Instant? NoticeSentAt { get; private set; }
    public MeetingStatus Status { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>The year whose case series the meeting's cases are numbered in.</summary>
    public int Year => StartsAt.Year;

    public NoticeTiming? Notice => NoticeSentAt is { } sent ? new NoticeTiming(sent.InZone(NorwegianTime.Oslo).Date, NoticeDeadline) : null;

    /// <summary>
    /// Moves the meeting or renames it; a held meeting keeps its time, since its minutes say when it was, and one with cases stays in
    /// its year, whose series numbered them.
    /// </summary>
    public void Reschedule(string title, LocalDateTime startsAt, LocalDateTime? endsAt, string? place, LocalDate? noticeDeadline, bool hasCases)
    {
        if (Status == MeetingStatus.Held)
        {
            throw new RuleViolation(nameof(StartsAt), "Møtet er holdt; tid og sted kan ikke endres.");
        }
        if (hasCases && startsAt.Year != Year)
        {
            throw new RuleViolation(nameof(StartsAt), $"Sakene er nummerert for {Year}; flytt møtet innen samme år, eller lag et nytt møte.");
        }
        Set(title, startsAt, endsAt, place, noticeDeadline);
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title))]
    private void Set(string title, LocalDateTime startsAt, LocalDateTime? endsAt, string? place, LocalDate? noticeDeadline)
    {
        if (endsAt is { } end && end <= startsAt)
        {
            throw new RuleViolation(nameof(EndsAt), "Møtet må slutte etter at det begynner.");
        }
        if (noticeDeadline is { } deadline && deadline > startsAt.Date)
        {
            throw new RuleViolation(nameof(NoticeDeadline), "Fristen for innkalling må være før møtet.");
        }
        Title = Text.Required(title, nameof(Title), "Tittelen", 200);
        (StartsAt, EndsAt) = (startsAt, endsAt);
        Place = Text.Optional(place, nameof(Place), "Stedet", 200);
        NoticeDeadline = noticeDeadline;
    }

    /// <summary>Records that the notice went out (it goes through the outbox); sent again, the last time counts. Says if it was late.</summary>
    public NoticeTiming RecordNotice(Instant at)
    {
        if (Status != MeetingStatus.Planned)
        {
            throw new RuleViolation(nameof(NoticeSentAt), Status == MeetingStatus.Held ? "Møtet er allerede holdt." : "Møtet er avlyst.");
        }
        NoticeSentAt = at;
        return Notice!;
    }

    public void MarkHeld() => Status = Status == MeetingStatus.Cancelled
        ? throw new RuleViolation(nameof(Status), "Et avlyst møte kan ikke holdes; lag et nytt.")
        : MeetingStatus.Held;

    public void Cancel() => Status = Status == MeetingStatus.Held
        ? throw new RuleViolation(nameof(Status), "Møtet er holdt og kan ikke avlyses.")
        : MeetingStatus.Cancelled;
}
