namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Column roles the importer is given instead of guessing: chosen now for a table by its number, or remembered for the
/// organisation by the table's header (<see cref="TableColumns.HeaderKey"/>).
/// </summary>
public sealed record ColumnChoices(IReadOnlyDictionary<int, IReadOnlyList<ColumnRole>> ByTable, IReadOnlyDictionary<string, IReadOnlyList<ColumnRole>> ByHeader)
{
    public static readonly ColumnChoices None = new(new Dictionary<int, IReadOnlyList<ColumnRole>>(), new Dictionary<string, IReadOnlyList<ColumnRole>>());
}
