namespace Arbeidsplan.Domain.Plans;

/// <summary>One date or a range of dates as written.</summary>
internal sealed record DatePart(DayPart Start, DayPart? End);
