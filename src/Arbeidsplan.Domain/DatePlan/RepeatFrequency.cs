namespace Arbeidsplan.Domain.DatePlan;

public enum RepeatFrequency
{
    Weekly = 0,
    Monthly = 1,
    Yearly = 2,
}
