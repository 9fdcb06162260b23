namespace Arbeidsplan.Domain.Plans;

public enum RecurrenceUnit
{
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,

    /// <summary>A number of times a year without fixed dates ("fire ganger i året").</summary>
    TimesPerYear,

    /// <summary>Regularly, without a stated frequency ("jevnlig").</summary>
    Unspecified,
}
