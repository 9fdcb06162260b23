namespace Arbeidsplan.Domain.Plans;

/// <summary>What the importer understood of a plan document, to be confirmed before anything is saved.</summary>
public sealed record ImportedPlan(string? Title, int? Year, IReadOnlyList<ImportedChapter> Chapters)
{
    public int GoalCount => Chapters.Sum(c => c.Goals.Count);
    public int MeasureCount => Chapters.Sum(c => c.Measures.Count);
    /// <summary>The plan's tables with the role of each column, for the user to confirm or change.</summary>
    public IReadOnlyList<ImportedTable> Tables { get; init; } = [];

    /// <summary>The period's last year when the title names a period ("Arbeidsplan 2025-2028").</summary>
    public int? ToYear { get; init; }

    public int DoubtCount => Chapters.Sum(c => c.Goals.Count(g => g.Doubt is not null) + c.Measures.Count(m => m.Doubt is not null));
}
