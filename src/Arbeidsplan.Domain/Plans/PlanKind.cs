namespace Arbeidsplan.Domain.Plans;

public enum PlanKind
{
    Annual = 0,
    Period = 1,
}
