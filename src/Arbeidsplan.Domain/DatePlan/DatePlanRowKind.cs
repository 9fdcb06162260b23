namespace Arbeidsplan.Domain.DatePlan;

public enum DatePlanRowKind
{
    Event = 0,

    /// <summary>Read, but not an activity: a note under the table, a bare link.</summary>
    Ignored = 1,

    /// <summary>Cannot be read: the whole import stops until it is fixed.</summary>
    Error = 2,
}
