namespace Arbeidsplan.Domain.Plans;

public sealed record ImportedGoal(string Text, Indicator? Indicator = null, string? Doubt = null);
