namespace Arbeidsplan.Domain.Reports;

/// <summary>Why a line of an imported sheet cannot be used; line 0 is about the sheet as a whole.</summary>
public sealed record SheetProblem(int Line, string Message);
