namespace Arbeidsplan.Domain.Reports;

/// <summary>One key figure of a section, as the report prints it: «Betalende medlemmer 31.12.2026: 968».</summary>
public sealed record ReportFigure(string Label, string Value);
