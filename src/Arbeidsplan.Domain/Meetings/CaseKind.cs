namespace Arbeidsplan.Domain.Meetings;

/// <summary>What the body is asked to do with a case: decide it, hear it, or discuss it.</summary>
public enum CaseKind
{
    /// <summary>Vedtakssak: has a proposed decision and ends in one.</summary>
    Decision = 0,

    /// <summary>Orienteringssak: the body is told; the decision, if any, is "tatt til orientering".</summary>
    Information = 1,

    /// <summary>Drøftingssak: the body discusses; what it leans to is minuted.</summary>
    Discussion = 2,
}
