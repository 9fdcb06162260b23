namespace Arbeidsplan.Domain.Study;

public enum RequirementKind
{
    /// <summary>Every branch completes a given material by a date.</summary>
    CompleteMaterial = 0,

    /// <summary>Every branch holds at least one circle in the year.</summary>
    CircleEachYear = 1,
}
