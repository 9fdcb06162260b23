namespace Arbeidsplan.Domain.DatePlan;

public enum FeedScope
{
    /// <summary>An organisation's public events (optionally of one kind).</summary>
    Organisation = 0,

    /// <summary>One person's meetings (bodies they sit on) and the deadlines they own.</summary>
    Person = 1,
}
