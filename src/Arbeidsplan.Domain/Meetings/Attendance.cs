using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>A person's answer to a notice, kommer or forfall, as given from the page or the signed link in the e-mail.</summary>
public sealed class Attendance : IVersioned, IAudited
{
    private Attendance()
    {
    }

    public Attendance(Guid meetingId, Guid personId, AttendanceRole role, AttendanceAnswer answer, string? note, Instant at)
    {
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        PersonId = personId;
        Role = Enum.IsDefined(role) ? role : throw new RuleViolation(nameof(Role), "Ukjent rolle.");
        Answer(answer, note, at);
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid PersonId { get; private set; }
    public AttendanceRole Role { get; private set; }
    public AttendanceAnswer Reply { get; private set; }
    public string? Note { get; private set; }
    public Instant AnsweredAt { get; private set; }

    /// <summary>Whether the minutes record the person as present; null until they do.</summary>
    public bool? Present { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>The minutes' record of who was there, whatever the answer said beforehand.</summary>
    public void RecordPresence(bool present) => Present = present;

    /// <summary>A new answer replaces the old one; a short note ("kommer kl. 19") goes with it, nothing about why.</summary>
    public void Answer(AttendanceAnswer answer, string? note, Instant at)
    {
        Reply = Enum.IsDefined(answer) ? answer : throw new RuleViolation(nameof(Reply), "Svar kommer eller forfall.");
        Note = Text.Optional(note, nameof(Note), "Merknaden", 200);
        AnsweredAt = at;
    }
}
