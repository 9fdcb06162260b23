namespace Arbeidsplan.Domain.Plans;

/// <summary>What a column of a measure table holds, as guessed from its header and rows or as the user chose it.</summary>
public enum ColumnRole
{
    Ignore,
    Code,
    Measure,
    Owner,
    Timing,
    Goal,
    Comment,
}
