using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// How often something happens: "annenhver uke" is (Week, 2), "hver tirsdag" is (Week, 1, Tuesday), "første mandag i måneden"
/// is (Month, 1, Monday, Ordinal: 1) and "siste fredag i måneden" (Month, 1, Friday, Ordinal: -1).
/// </summary>
public sealed record Recurrence(RecurrenceUnit Unit, int Interval = 1, IsoDayOfWeek? Day = null, int? Times = null, bool AtLeast = false, int? Ordinal = null);
