using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Features.Shared;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>An organisation's campaign plan for an election (none yet: no phases), with what the reader may do.</summary>
public sealed record CampaignView(ElectionRow Election, Guid OrganisationId, string OrganisationName, Guid? PlanId, long Version, IReadOnlyList<CampaignPhaseView> Phases,
    LocalDate AdvanceVotingFrom, LocalDate AdvanceVotingTo, bool CanEdit, LocalDate Today)
{
    public int Open => Phases.Sum(p => p.Tasks.Count(t => t.Status.IsOpen()));
    public int Overdue => Phases.Sum(p => p.Tasks.Count(t => t.Overdue));
    public int Done => Phases.Sum(p => p.Tasks.Count(t => t.Status == MeasureStatus.Done));
}

public sealed record CampaignPhaseView(int Number, string Name, LocalDate From, LocalDate To, bool Current, IReadOnlyList<CampaignTaskRow> Tasks);

public sealed record CampaignTaskRow(Guid Id, Guid ElectionId, Guid OrganisationId, int Phase, string Title, string Owner, Guid? PersonId, Guid? PositionTypeId, Guid? HeldInId, Guid? OwnerBodyId,
    LocalDate DueOn, MeasureStatus Status, string StatusLabel, bool Overdue, string? LastNote, bool CanReport, long Version);

/// <summary>Who may own a campaign task, as the form offers them: an office in the plan's organisation, or one of its bodies.</summary>
public sealed record CampaignOwnerChoices(IReadOnlyList<NamedItem> Types, IReadOnlyList<NamedItem> Bodies);

/// <summary>Starts an organisation's plan for an election from the four-phase template.</summary>
/// <summary>The plan's phases as a whole, in order (numbered 1, 2, 3 … as given); the plan's version as read.</summary>
public sealed class CampaignPhasesInput
{
    public Guid ElectionId { get; set; }
    public Guid OrganisationId { get; set; }
    public List<CampaignPhaseInput>? Phases { get; set; }
    public long? Version { get; set; }
}

public sealed class CampaignPhaseInput
{
    /// <summary>The number the phase has in the plan now; none for a new phase. Its tasks follow it to where it is given.</summary>
    public int? Number { get; set; }
    public string? Name { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class CampaignStartInput
{
    public Guid ElectionId { get; set; }
    public Guid OrganisationId { get; set; }
}

public sealed class CampaignTaskInput
{
    public Guid ElectionId { get; set; }
    public Guid OrganisationId { get; set; }
    public int? Phase { get; set; }
    public string? Title { get; set; }
    public DateOnly? DueOn { get; set; }
    public Guid? PersonId { get; set; }

    /// <summary>An office held in the plan's organisation (or on one of its bodies, given as <see cref="HeldInId"/>).</summary>
    public Guid? PositionTypeId { get; set; }
    public Guid? HeldInId { get; set; }
    public Guid? BodyId { get; set; }
    public long? Version { get; set; }
}

/// <summary>A report on a campaign task: its status and what was done; the day is today unless given.</summary>
public sealed class CampaignReportInput
{
    public MeasureStatus Status { get; set; }
    public string? Note { get; set; }
    public DateOnly? On { get; set; }
    public long? Version { get; set; }
}

public sealed class CampaignActivityInput
{
    public Guid ElectionId { get; set; }
    public Guid OrganisationId { get; set; }
    public CampaignActivityKind? Kind { get; set; }
    public DateOnly? On { get; set; }
    public int? Count { get; set; }
    public string? Note { get; set; }
}

/// <summary>The activity of an organisation and those below it in an election's campaign: by week, by branch, and the latest entries.</summary>
public sealed record ActivityOverview(ElectionRow Election, Guid OrganisationId, string OrganisationName, IReadOnlyList<ActivityWeek> Weeks,
    IReadOnlyList<BranchActivity> Branches, IReadOnlyList<ActivityRow> Recent, IReadOnlyList<NamedItem> LogsFor, LocalDate Today)
{
    /// <summary>The weeks the table shows per branch: the last eight with activity or since.</summary>
    public IReadOnlyList<ActivityWeek> TableWeeks => [.. Weeks.TakeLast(8)];
}

/// <summary>A branch's activities: in all, by kind, and per week (by the week's Monday).</summary>
public sealed record BranchActivity(Guid Id, string Name, int Activities, IReadOnlyDictionary<CampaignActivityKind, int> Counts, IReadOnlyDictionary<LocalDate, int> PerWeek);

public sealed record ActivityRow(Guid Id, Guid OrganisationId, string Organisation, CampaignActivityKind Kind, string KindLabel, LocalDate On, int Count, string Counts,
    string? Note, string RecordedBy, bool CanRemove, long Version);
