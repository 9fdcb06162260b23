namespace Arbeidsplan.Domain.Register;

/// <summary>One role of a board instruction: its heading (without the trailing colon) and its duties, one per bullet or paragraph.</summary>
public sealed record DutySection(string Title, IReadOnlyList<string> Duties);
