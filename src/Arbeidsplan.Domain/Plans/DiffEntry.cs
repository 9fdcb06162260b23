namespace Arbeidsplan.Domain.Plans;

/// <summary>One chapter, goal or measure compared between two plans.</summary>
public sealed record DiffEntry(PlaceKind Place, ChangeKind Kind, string Label, string? Old, string? New, IReadOnlyList<WordRun> Words);
