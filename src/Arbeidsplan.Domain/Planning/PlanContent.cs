namespace Arbeidsplan.Domain.Planning;

/// <summary>What a plan says, as plain records: checked, compared and kept as a revision.</summary>
public sealed record PlanContent(string Title, PlanPeriod Period, IReadOnlyList<ChapterItem> Chapters, IReadOnlyList<GoalItem> Goals, IReadOnlyList<MeasureItem> Measures);

public sealed record ChapterItem(Guid Id, Guid? OriginId, string? Number, string Title, string? Text);

public sealed record GoalItem(Guid Id, Guid? OriginId, Guid? ChapterId, string Text, string? Indicator = null);

public sealed record MeasureItem(
    Guid Id,
    Guid? OriginId,
    Guid? ChapterId,
    string? Code,
    string Text,
    string? Category,
    string? Owner,
    bool OwnerKnown,
    string Timing,
    bool TimingUnderstood,
    string? TimingUnclear,
    MeasureStatus Status,
    IReadOnlyList<Guid> GoalIds);

/// <summary>Progress of measures rolled up to a goal, a chapter or the plan: the mean weight of the measures that count.</summary>
public static class Progress
{
    public static double? Of(IEnumerable<MeasureStatus> statuses)
    {
        var weights = statuses.Select(s => s.Weight()).Where(w => w is not null).Select(w => w!.Value).ToList();
        return weights.Count == 0 ? null : weights.Average();
    }

    public static string Percent(double? progress) => progress is { } p ? $"{Math.Round(p * 100)} %" : "–";
}
