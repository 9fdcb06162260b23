namespace Arbeidsplan.Domain.DatePlan;

public enum YearType
{
    ElectionYear = 0,
    MidTerm = 1,
}
