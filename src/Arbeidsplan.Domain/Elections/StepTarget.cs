namespace Arbeidsplan.Domain.Elections;

/// <summary>An election's own target date for a nomination step.</summary>
public sealed record StepTarget(NominationStepKind Kind, NodaTime.LocalDate On);
