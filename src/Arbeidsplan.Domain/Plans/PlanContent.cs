namespace Arbeidsplan.Domain.Plans;

/// <summary>What a plan says, as plain records: checked, compared and kept as a revision.</summary>
public sealed record PlanContent(string Title, PlanPeriod Period, IReadOnlyList<ChapterItem> Chapters, IReadOnlyList<GoalItem> Goals, IReadOnlyList<MeasureItem> Measures);
