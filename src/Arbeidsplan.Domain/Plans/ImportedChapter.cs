namespace Arbeidsplan.Domain.Plans;

public sealed record ImportedChapter(string? Number, string Title, string? Text, IReadOnlyList<ImportedGoal> Goals, IReadOnlyList<ImportedMeasure> Measures);
