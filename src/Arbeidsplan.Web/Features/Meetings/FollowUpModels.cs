using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>A follow-up task as the Vedtak til oppfølging list shows it, with the decision it carries out.</summary>
public sealed record FollowUpRow(Guid Id, Guid DecisionId, string Decision, string Where, LocalDate DecidedOn, string Task, string Owner, LocalDate DueOn,
    MeasureStatus Status, string StatusLabel, bool Overdue, long Version);

/// <summary>A decision with its follow-up: the tasks with their reports, and the plan's measures it carries out.</summary>
public sealed record DecisionDetail(Guid Id, Guid OrganisationId, Guid BodyId, string BodyName, DecisionRow Decision, Guid? MeetingId, bool CanEdit,
    IReadOnlyList<TaskDetail> Tasks, IReadOnlyList<LinkedMeasure> Measures);

/// <summary>A plan measure a decision carries out, with its plan for the link.</summary>
public sealed record LinkedMeasure(Guid Id, Guid PlanId, string Name);

public sealed record TaskDetail(FollowUpRow Row, bool CanReport, IReadOnlyList<NoteRow> Notes);

public sealed record NoteRow(LocalDate On, string StatusLabel, string Text, string Author);

/// <summary>A follow-up task as the form and the API send it: what, by when, and one owner (a person, a position where it is held, or a body).</summary>
public sealed class FollowUpInput
{
    public string? Title { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? PositionTypeId { get; set; }
    public Guid? HeldInId { get; set; }
    public Guid? BodyId { get; set; }
}

/// <summary>A report on a follow-up task: its status and what was done; the day is today unless given.</summary>
public sealed class ReportInput
{
    public MeasureStatus Status { get; set; }
    public string? Note { get; set; }
    public DateOnly? On { get; set; }
    public long? Version { get; set; }
}

/// <summary>A decision made between meetings, by e-mail or circulation.</summary>
public sealed class BetweenMeetingsInput
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public VoteKind Vote { get; set; }
    public int? Against { get; set; }
}

public sealed class MeasureLinkInput
{
    public Guid MeasureId { get; set; }
}
