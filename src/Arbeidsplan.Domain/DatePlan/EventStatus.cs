namespace Arbeidsplan.Domain.DatePlan;

public enum EventStatus
{
    Confirmed = 0,

    /// <summary>Made by a template or a copied year; shown marked until someone confirms the date.</summary>
    Draft = 1,
    Cancelled = 2,
}
