namespace Arbeidsplan.Domain.Plans;

public sealed record ImportedMeasure(string? Code, string Text, string? Category, string? Owner, string? Timing, string? Doubt = null);
