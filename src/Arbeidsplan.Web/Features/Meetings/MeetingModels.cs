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
}

public sealed class CaseInput
{
    public CaseKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Background { get; set; }
    public string? ProposedDecision { get; set; }
    public bool Closed { get; set; }
}

public sealed record MeetingRow(Guid Id, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt, string? Place, MeetingStatus Status,
    Instant? NoticeSentAt);

/// <summary>A case as a reader sees it: a closed one shows its number only, unless the reader sits on the body.</summary>
public sealed record CaseRow(Guid Id, string Number, CaseKind Kind, string KindLabel, string Title, string? Background, string? ProposedDecision,
    bool IsClosed, bool LacksProposal, long Version);

/// <summary>The Møter page: the organisation's meetings from a year back, and the bodies a planner may choose from.</summary>
public sealed record MeetingOverview(Guid OrganisationId, string OrganisationName, IReadOnlyList<Shared.NamedItem> Bodies, IReadOnlyList<MeetingRow> Meetings,
    bool CanPlan);

public sealed record MeetingDetail(Guid Id, Guid OrganisationId, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt,
    LocalDateTime? EndsAt, string? Place, LocalDate? NoticeDeadline, string? Notice, bool NoticeLate, MeetingStatus Status, bool CanEdit,
    IReadOnlyList<CaseRow> Cases, IReadOnlyList<string> Gaps, long Version);
