using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

public sealed class MeetingInput
{
    public Guid OrganisationId { get; set; }
    public Guid BodyId { get; set; }
    public string? Title { get; set; }
    public LocalDateTime? StartsAt { get; set; }
    public LocalDateTime? EndsAt { get; set; }
    public string? Place { get; set; }
    public LocalDate? NoticeDeadline { get; set; }
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

public sealed record MeetingDetail(Guid Id, Guid OrganisationId, Guid BodyId, string BodyName, string Title, LocalDateTime StartsAt,
    LocalDateTime? EndsAt, string? Place, LocalDate? NoticeDeadline, string? Notice, bool NoticeLate, MeetingStatus Status, bool CanEdit,
    IReadOnlyList<CaseRow> Cases, IReadOnlyList<string> Gaps, long Version);
