namespace Arbeidsplan.Domain.Plans;

/// <summary>Draft → proposed to the annual meeting → adopted → revised.</summary>
public enum PlanState
{
    Draft = 0,
    Proposed = 1,
    Adopted = 2,
    Revised = 3,
}
