namespace Arbeidsplan.Domain.Plans;

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
