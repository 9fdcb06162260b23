using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// The minutes of a meeting (protokoll) as a whole: written case by case while the meeting is held, approved when two members
/// present sign them in the app or a later meeting of the body approves them, and then locked. A correction opens a new version,
/// with its reason, which is approved again.
/// </summary>
public sealed class Minutes : IVersioned, IAudited
{
    public const int Signers = 2;

    private Minutes()
    {
    }

    public Minutes(Meeting meeting, LocalDate today)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new RuleViolation(nameof(MeetingId), "Møtet er avlyst og har ingen protokoll.");
        }
        if (meeting.StartsAt.Date > today)
        {
            throw new RuleViolation(nameof(MeetingId), $"Protokollen skrives når møtet holdes ({NorwegianTime.Format(meeting.StartsAt.Date)}).");
        }
        (Id, MeetingId, Revision) = (meeting.Id, meeting.Id, 1);
    }

    /// <summary>The meeting's id: a meeting has one set of minutes.</summary>
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public MinutesStatus Status { get; private set; }

    /// <summary>1 for the minutes as first approved; each correction adds one.</summary>
    public int Revision { get; private set; }
    public LocalDate? ApprovedOn { get; private set; }

    /// <summary>The later meeting that approved them, when they were not signed in the app.</summary>
    public Guid? ApprovedAtMeetingId { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public bool IsApproved => Status == MinutesStatus.Approved;

    /// <summary>Refuses a change to approved minutes: they are locked.</summary>
    public void EnsureOpen()
    {
        if (IsApproved)
        {
            throw new RuleViolation(nameof(Status), "Protokollen er godkjent og låst. En rettelse lages som en ny versjon med begrunnelse.");
        }
    }

    /// <summary>Counts a signature (the caller stores it); the second approves the minutes.</summary>
    public bool Signed(int signatures, LocalDate on)
    {
        EnsureOpen();
        if (signatures >= Signers)
        {
            (Status, ApprovedOn) = (MinutesStatus.Approved, on);
        }
        return IsApproved;
    }

    /// <summary>Approval by a later meeting of the same body, which its own minutes record.</summary>
    public void ApproveAt(Meeting own, Meeting later)
    {
        EnsureOpen();
        if (later.BodyId != own.BodyId || later.StartsAt <= own.StartsAt || later.Status == MeetingStatus.Cancelled)
        {
            throw new RuleViolation(nameof(ApprovedAtMeetingId), "Velg et senere møte i samme organ som godkjente protokollen.");
        }
        (Status, ApprovedOn, ApprovedAtMeetingId) = (MinutesStatus.Approved, later.StartsAt.Date, later.Id);
    }

    /// <summary>Opens a new version of approved minutes for a correction; the reason is kept with the version.</summary>
    public string Correct(string? reason)
    {
        if (!IsApproved)
        {
            throw new RuleViolation(nameof(Status), "Protokollen er ikke godkjent ennå og kan endres direkte.");
        }
        var why = Text.Required(reason, "Reason", "Begrunnelsen for rettelsen", 1000);
        (Status, ApprovedOn, ApprovedAtMeetingId, Revision) = (MinutesStatus.Draft, null, null, Revision + 1);
        return why;
    }
}
