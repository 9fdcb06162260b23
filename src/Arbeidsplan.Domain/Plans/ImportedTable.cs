namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// A table of the plan as the importer read it: its header cells (blank ones kept), the role given to each column, a sample
/// of its rows, and why the roles disagree with the rows (then the import waits for the user to confirm or change them).
/// </summary>
public sealed record ImportedTable(int Number, string Chapter, IReadOnlyList<string> Header, IReadOnlyList<ColumnRole> Roles,
    IReadOnlyList<IReadOnlyList<string>> Sample, int RowCount, ColumnSource Source, string? Doubt)
{
    /// <summary>True when the table gives measures (a column holds them); otherwise it is kept as the chapter's text.</summary>
    public bool IsMeasureTable => Roles.Contains(ColumnRole.Measure);

    /// <summary>The header as a key to remember the roles by (lower case, blank cells kept as empty).</summary>
    public string HeaderKey => TableColumns.HeaderKey(Header);
}
