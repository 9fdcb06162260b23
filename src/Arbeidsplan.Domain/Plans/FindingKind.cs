namespace Arbeidsplan.Domain.Plans;

public enum FindingKind
{
    StaleYear,
    ConflictingDeadlines,
    MissingOwner,
    MissingTiming,
    TimingNotUnderstood,
    GoalWithoutMeasures,
    Numbering,
    UnknownOwner,
}
