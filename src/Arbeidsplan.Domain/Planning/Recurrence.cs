using NodaTime;

namespace Arbeidsplan.Domain.Planning;

/// <summary>How often something happens: "annenhver uke" is (Week, 2), "hver tirsdag" is (Week, 1, Tuesday).</summary>
public sealed record Recurrence(RecurrenceUnit Unit, int Interval = 1, IsoDayOfWeek? Day = null, int? Times = null, bool AtLeast = false);
