using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The minutes of a meeting as a reader sees them: the full minutes for the body's members, the public ones (closed cases without
/// their content) for everyone else who reads the meeting, administrators included.
/// </summary>
public sealed record MinutesView(Guid MeetingId, Guid OrganisationId, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt, string? Place,
    bool Started, MinutesStatus Status, int Revision, string? Approval, bool IsPublic, bool CanWrite, bool CanSign, long Version,
    IReadOnlyList<PresenceRow> People, IReadOnlyList<CaseMinuteRow> Cases, IReadOnlyList<DecisionRow> Reported, IReadOnlyList<string> Signatures,
    IReadOnlyList<CorrectionRow> Corrections)
{
    /// <summary>A later meeting of the body that may approve the minutes instead of two signatures.</summary>
    public IReadOnlyList<Shared.NamedItem> LaterMeetings { get; init; } = [];
}

/// <summary>Someone with a place at the meeting and whether the minutes record them present (null: not recorded yet).</summary>
public sealed record PresenceRow(Guid PersonId, string Name, string Office, AttendanceRole Role, bool Votes, AttendanceAnswer? Reply, bool? Present);

/// <summary>A case in the minutes: the discussion, the decision as adopted with the vote, and who stepped aside as disqualified.</summary>
public sealed record CaseMinuteRow(Guid CaseId, string Number, CaseKind Kind, string KindLabel, string Title, bool IsClosed, bool Hidden, string? ProposedDecision,
    string? Discussion, Guid? DecisionId, string? Decision, VoteKind? VoteKind, int? Against, string? VoteText, IReadOnlyList<Guid> DisqualifiedIds,
    IReadOnlyList<string> Disqualified, long Version);

/// <summary>A decision as lists show it: where and when it was made, and how.</summary>
public sealed record DecisionRow(Guid Id, string Where, LocalDate DecidedOn, string Title, string Text, string VoteText, DecisionWay Way);

public sealed record CorrectionRow(int Revision, string Reason, string Author, Instant At);

/// <summary>The minutes of one case as the form and the API send them; the version is the case's.</summary>
public sealed class CaseMinuteInput
{
    public string? Discussion { get; set; }

    /// <summary>The decision as adopted; empty for a case that ended in none.</summary>
    public string? Decision { get; set; }
    public VoteKind Vote { get; set; }
    public int? Against { get; set; }
    public List<Guid> Disqualified { get; set; } = [];
    public long? Version { get; set; }
}

/// <summary>Who was present: everyone else with a place at the meeting is recorded as not present.</summary>
public sealed class PresenceInput
{
    public List<Guid> Present { get; set; } = [];
    public long? Version { get; set; }
}

/// <summary>Approval of the minutes: no meeting to sign them oneself, or the later meeting of the body that approved them.</summary>
public sealed class ApprovalInput
{
    public Guid? AtMeetingId { get; set; }
    public long? Version { get; set; }
}

public sealed class CorrectionInput
{
    public string? Reason { get; set; }
    public long? Version { get; set; }
}
