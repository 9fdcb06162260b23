namespace Arbeidsplan.Domain.Plans;

/// <summary>A time given against another event: <c>OffsetDays</c> before (negative) or after it, or the first <c>Event</c> after it.</summary>
public sealed record RelativeTiming(string Anchor, bool Before, int? OffsetDays = null, string? Event = null, bool Resolved = false);
