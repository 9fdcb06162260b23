using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

public sealed class PlanInput
{
    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public PlanKind Kind { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public long Version { get; set; }
}

public sealed class ChapterInput
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public int Order { get; set; }
    public long Version { get; set; }
}

public sealed class GoalInput
{
    public Guid? ChapterId { get; set; }
    public string? Text { get; set; }
    public int Order { get; set; }
    public string? IndicatorName { get; set; }
    public string? IndicatorUnit { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineOn { get; set; }
    public decimal? Target { get; set; }
    public DateOnly? TargetOn { get; set; }
    public decimal? Current { get; set; }
    public DateOnly? CurrentOn { get; set; }

    /// <summary>Where the value is counted from; typed in (<see cref="IndicatorSource.Manual"/>) unless chosen.</summary>
    public IndicatorSource Source { get; set; }
    public long Version { get; set; }
}

public sealed class MeasureInput
{
    public Guid? ChapterId { get; set; }
    public string? Code { get; set; }
    public string? Text { get; set; }
    public string? Category { get; set; }
    public string? Owner { get; set; }
    public string? Timing { get; set; }
    public int Order { get; set; }
    public List<Guid> GoalIds { get; set; } = [];
    public long Version { get; set; }
}

public sealed class StatusInput
{
    public MeasureStatus Status { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
}

public sealed class AdoptInput
{
    /// <summary>The annual meeting in Møter that adopted the plan; its name and day are then the adoption's.</summary>
    public Guid? MeetingId { get; set; }
    public string? Meeting { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
}

public sealed record AnnualMeetingChoice(Guid Id, string Title, LocalDate On);

public sealed class RollOverInput
{
    public string? Title { get; set; }
}

public sealed record PlanSummary(Guid Id, Guid OrganisationId, string Organisation, string Title, PlanKind Kind, string Period, PlanState State,
    string StateLabel, bool IsDemo, int Measures, double? Progress);

public sealed record PlanDetails(Guid Id, Guid OrganisationId, string Organisation, string Title, PlanKind Kind, int FromYear, int ToYear,
    string Period, PlanState State, string StateLabel, string? AdoptedBy, DateOnly? AdoptedOn, Guid? RolledOverFromId, bool IsDemo, bool CanEdit, long Version)
{
    public Guid? AdoptedAtMeetingId { get; init; }

    /// <summary>The period as dates, for the rules that read it (the API shows the years and the label).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PlanPeriod? Dates { get; init; }
}

public sealed record ChapterRow(Guid Id, string? Number, string Title, string? Text, int Order, int Measures, double? Progress, long Version);

/// <summary>An indicator as shown; <paramref name="CountedFrom"/> names where its current value is counted from, when the system counts it.</summary>
public sealed record IndicatorRow(string Name, string? Unit, decimal? Baseline, DateOnly? BaselineOn, decimal? Target, DateOnly? TargetOn,
    decimal? Current, DateOnly? CurrentOn, double? Progress, string? CountedFrom = null)
{
    public IndicatorSource Source { get; init; }
}

public sealed record GoalRow(Guid Id, Guid? ChapterId, string Text, int Order, IndicatorRow? Indicator, int Measures, double? Progress, long Version);

public sealed record RevisionRow(Guid Id, int Number, PlanState State, string StateLabel, DateOnly On, string Note, string Author);

/// <summary>A plan with its chapters and goals, for the forms that choose among them.</summary>
public sealed record PlanOutline(PlanDetails Plan, IReadOnlyList<ChapterItem> Chapters, IReadOnlyList<GoalItem> Goals);

public sealed record PlanOverview(PlanDetails Plan, IReadOnlyList<ChapterRow> Chapters, IReadOnlyList<GoalRow> Goals,
    IReadOnlyDictionary<MeasureStatus, int> StatusCounts, double? Progress, IReadOnlyList<RevisionRow> Revisions)
{
    /// <summary>The plan's content as the check reads it, from the same rows (the API leaves it out: it has its own routes for the check).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PlanContent? Content { get; init; }
}

public sealed record MeasureRow(Guid Id, Guid? ChapterId, string? Chapter, string? Code, string Text, string? Category, string? Owner, bool OwnerKnown,
    string Timing, string TimingUnderstood, string? TimingUnclear, DateOnly? DueOn, MeasureStatus Status, string StatusLabel, bool Overdue, bool Mine);

public sealed record MeasureList(IReadOnlyList<MeasureRow> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Categories);

public sealed record NoteRow(Guid Id, DateOnly On, MeasureStatus Status, string StatusLabel, string Text, string Author);

public sealed record MeasureDetails(Guid Id, Guid PlanId, string PlanTitle, Guid? ChapterId, string? Chapter, string? Code, string Text, string? Category,
    string? Owner, bool OwnerKnown, IReadOnlyList<string> OwnerDuties, string Timing, TimingKind TimingKind, string TimingUnderstood, string? TimingUnclear,
    DateOnly? DueOn, MeasureStatus Status, string StatusLabel, DateOnly? StatusOn, int Order, IReadOnlyList<Guid> GoalIds, IReadOnlyList<NoteRow> Notes,
    bool CanEdit, long Version);

/// <summary>Filters of the measure list; all optional.</summary>
public sealed class MeasureFilter
{
    public bool Mine { get; set; }
    public bool DueThisMonth { get; set; }
    public bool Overdue { get; set; }
    public MeasureStatus? Status { get; set; }
    public string? Category { get; set; }
    public Guid? ChapterId { get; set; }
    public string? Search { get; set; }

    /// <summary>code (default), due, status, owner.</summary>
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed record FindingRow(FindingKind Kind, string Message, PlaceKind Place, Guid PlaceId, string PlaceLabel, string Link);

public sealed record RollOverResult(Guid PlanId, string Title, int Chapters, int Goals, int Measures, int YearReferences);
