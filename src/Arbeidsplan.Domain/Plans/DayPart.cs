namespace Arbeidsplan.Domain.Plans;

/// <summary>A day written without (or with) month and year: "13.", "1. juli", "1.7.2026".</summary>
internal sealed record DayPart(int Day, int? Month, int? Year);
