namespace Arbeidsplan.Domain.Study;

public enum RequirementState
{
    Pending = 0,
    Done = 1,
    Missed = 2,
}
