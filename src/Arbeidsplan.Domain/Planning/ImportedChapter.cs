namespace Arbeidsplan.Domain.Planning;

public sealed record ImportedChapter(string? Number, string Title, string? Text, IReadOnlyList<ImportedGoal> Goals, IReadOnlyList<ImportedMeasure> Measures);
