namespace Arbeidsplan.Domain.Planning;

public enum PlanKind
{
    Annual = 0,
    Period = 1,
}
