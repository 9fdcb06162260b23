using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>One occurrence of an event: its original date in the series (the iCalendar RECURRENCE-ID) and when it happens.</summary>
public sealed record Occurrence(Event Event, LocalDate OriginalDate, EventWhen When, bool Moved);
