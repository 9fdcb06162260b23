namespace Arbeidsplan.Domain.Reports;

/// <summary>A table of a section: a caption, its column headings and its rows of text.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
