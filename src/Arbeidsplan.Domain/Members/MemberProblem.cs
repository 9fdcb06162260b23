namespace Arbeidsplan.Domain.Members;

/// <summary>A line of the export that cannot be used, and why.</summary>
public sealed record MemberProblem(int Line, string Message);
