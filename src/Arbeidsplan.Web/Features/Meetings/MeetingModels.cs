using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>A meeting as the form and the API send it: the day, and the times as the clock reads them ("18:00").</summary>
public sealed class MeetingInput
{
    public Guid OrganisationId { get; set; }
    public Guid BodyId { get; set; }
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Place { get; set; }
    public DateOnly? NoticeDeadline { get; set; }

    /// <summary>The date plan's event this meeting is: its day, time and place are taken from it where the input leaves them out.</summary>
    public Guid? EventId { get; set; }

    /// <summary>For a change: the version it was made from; a stale one is refused (409).</summary>
    public long? Version { get; set; }
}

public sealed class CaseInput
{
    public CaseKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Background { get; set; }
    public string? ProposedDecision { get; set; }
    public bool Closed { get; set; }

    /// <summary>The version the change was made from; a stale one is refused (409).</summary>
    public long? Version { get; set; }
}

public sealed record MeetingRow(Guid Id, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt, string? Place, MeetingStatus Status,
    Instant? NoticeSentAt);

/// <summary>A case as a reader sees it: a closed one shows its number only, unless the reader sits on the body.</summary>
public sealed record CaseRow(Guid Id, string Number, CaseKind Kind, string KindLabel, string Title, string? Background, string? ProposedDecision,
    bool IsClosed, bool LacksProposal, long Version, bool Hidden = false)
{
    /// <summary>The case's documents (none shown for a case hidden from the reader).</summary>
    public IReadOnlyList<AttachmentRow> Attachments { get; init; } = [];
}

/// <summary>A document on a case, named for the list: its file name and size; the content is fetched on its own.</summary>
public sealed record AttachmentRow(Guid Id, Guid CaseId, string FileName, int Size)
{
    public string SizeLabel => Size < 1024 * 1024 ? $"{Math.Max(1, Size / 1024)} kB" : $"{Size / (1024.0 * 1024):0.0} MB".Replace('.', ',');
}

/// <summary>The Møter page: the organisation's meetings from a year back, and the bodies a planner may choose from.</summary>
public sealed record MeetingOverview(Guid OrganisationId, string OrganisationName, IReadOnlyList<Shared.NamedItem> Bodies, Shared.Paged<MeetingRow> Meetings,
    bool CanPlan)
{
    /// <summary>The bodies whose meetings the actor reads (the page's choice of body); <see cref="Bodies"/> are those they plan for.</summary>
    public IReadOnlyList<Shared.NamedItem> Readable { get; init; } = [];

    /// <summary>The bodies' coming meetings in the date plans (the organisation's own or one above it) that have no agenda yet.</summary>
    public IReadOnlyList<PlannedEvent> FromPlan { get; init; } = [];
}

/// <summary>A meeting of a body in a date plan, wherever the plan is kept, waiting for its agenda.</summary>
public sealed record PlannedEvent(Guid EventId, Guid BodyId, string BodyName, string Title, LocalDate Date, LocalTime? StartTime, string? Place);

public sealed record MeetingDetail(Guid Id, Guid OrganisationId, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt,
    LocalDateTime? EndsAt, string? Place, LocalDate? NoticeDeadline, string? Notice, bool NoticeLate, MeetingStatus Status, bool CanEdit,
    IReadOnlyList<CaseRow> Cases, IReadOnlyList<string> Gaps, long Version)
{
    /// <summary>The body's quorum rule: the least number present its statutes name, or null for more than half.</summary>
    public int? QuorumAtLeast { get; init; }

    /// <summary>The organisation's annual meeting, with its own steps (constitution, delegates, elections) beside the agenda.</summary>
    public bool IsAnnualMeeting { get; init; }

    /// <summary>For a board's meeting: the executive committee's decisions since the board's previous meeting, laid before it.</summary>
    public IReadOnlyList<ExecutiveDecisionRow> ExecutiveDecisions { get; init; } = [];
}

/// <summary>A decision of the executive committee as the board's meeting lists it; a closed case's shows its number only to others.</summary>
public sealed record ExecutiveDecisionRow(Guid DecisionId, string? CaseNumber, string Title, string? Text, LocalDate DecidedOn, string? Vote)
{
    /// <summary>Whether the reader may open the decision's own page (they read the committee), so the list links to it.</summary>
    public bool Linked { get; init; }
}

/// <summary>An answer to a notice: kommer or forfall, for oneself, or by the body's leader or secretary for someone who called in.</summary>
public sealed class AnswerInput
{
    public Guid? PersonId { get; set; }
    public AttendanceAnswer Reply { get; set; }
    public string? Note { get; set; }
}

/// <summary>Someone with a place at the meeting and their answer (null before they answer); a deputy member called in says so.</summary>
public sealed record ParticipantRow(Guid PersonId, string Name, string Office, AttendanceRole Role, bool Votes, AttendanceAnswer? Reply, string? Note,
    bool Called, bool HasEmail);

/// <summary>Who is coming, who has sent forfall, which deputies are called, and whether the meeting will be quorate.</summary>
public sealed record AttendanceView(IReadOnlyList<ParticipantRow> People, QuorumOutlook Quorum, string Rule, Guid? Me);

/// <summary>What sending the notice did: when it went out against the deadline, to how many, and who has no e-mail address.</summary>
public sealed record NoticeResult(string Timing, bool Late, int Sent, IReadOnlyList<string> WithoutEmail);

/// <summary>A standing invitee as the form and the API send it: a person, or a position type and the organisation or body it is held in.</summary>
public sealed class InviteeInput
{
    public Guid? PersonId { get; set; }
    public Guid? PositionTypeId { get; set; }
    public Guid? HeldInId { get; set; }
    public InviteeRight Right { get; set; } = InviteeRight.Speak;
}

public sealed record InviteeRow(Guid Id, string Who, string RightLabel, InviteeRight Right, long Version)
{
    /// <summary>What the roster needs of it, so a page that lists the invitees does not read them twice.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MeetingRoster.Invitation? Invitation { get; init; }
}

/// <summary>What the invitee form offers: people who hold positions in and under the organisation, the position types, and where they are held.</summary>
public sealed record InviteeChoices(IReadOnlyList<Shared.NamedItem> People, IReadOnlyList<Shared.NamedItem> Types, IReadOnlyList<Shared.NamedItem> Places);

/// <summary>A coming meeting where the person has a place, with their answer so far (null before they answer).</summary>
public sealed record MyMeeting(Guid Id, string BodyName, string Title, LocalDateTime StartsAt, string? Place, bool NoticeSent, AttendanceAnswer? Reply);

/// <summary>What the meetings page asks for: one body or all, coming or past, a word in a title, a page.</summary>
public sealed record MeetingSearch(Guid OrganisationId, Guid? BodyId = null, bool Past = false, string? Text = null, int? Page = null);
