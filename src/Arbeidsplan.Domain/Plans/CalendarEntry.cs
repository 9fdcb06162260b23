using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A named, dated event the plan's relative timings can be resolved against ("Fylkesårsmøte", 14.–15. februar).</summary>
public sealed record CalendarEntry(string Name, DateInterval Days);
