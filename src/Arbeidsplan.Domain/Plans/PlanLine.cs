namespace Arbeidsplan.Domain.Plans;

/// <summary>One cleaned line of an imported plan; a heading may carry its number ("2.1"), a row its cells.</summary>
internal sealed record PlanLine(LineKind Kind, string Text, string? Number = null, IReadOnlyList<string>? Cells = null, bool Marked = false, bool DashOnly = false, bool Boundary = false);
