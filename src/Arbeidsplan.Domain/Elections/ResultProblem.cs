namespace Arbeidsplan.Domain.Elections;

/// <summary>A line of a results file that cannot be read, and why, in Norwegian.</summary>
public sealed record ResultProblem(int Line, string Message);
