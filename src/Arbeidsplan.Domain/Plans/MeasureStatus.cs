namespace Arbeidsplan.Domain.Plans;

public enum MeasureStatus
{
    NotStarted = 0,
    UnderWay = 1,
    Done = 2,
    Dropped = 3,
    Postponed = 4,
}
