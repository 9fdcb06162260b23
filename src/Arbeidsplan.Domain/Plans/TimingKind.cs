namespace Arbeidsplan.Domain.Plans;

public enum TimingKind
{
    /// <summary>No timing written.</summary>
    None,
    Date,
    DateRange,
    Deadline,

    /// <summary>Months, parts of a year or whole years.</summary>
    Window,
    Recurring,
    Continuous,

    /// <summary>Relative to another event ("første FS-møte etter årsmøtet").</summary>
    Relative,
    NotUnderstood,
}
