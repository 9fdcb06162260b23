namespace Arbeidsplan.Domain.Planning;

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
