namespace Arbeidsplan.Domain.Planning;

public sealed record ImportedGoal(string Text, Indicator? Indicator = null, string? Doubt = null);
