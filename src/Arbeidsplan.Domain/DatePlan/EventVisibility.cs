namespace Arbeidsplan.Domain.DatePlan;

public enum EventVisibility
{
    Public = 0,
    Members = 1,
    Body = 2,
}
