using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>That a decision carries out a measure of the plan, so the measure's page can show it.</summary>
public sealed class DecisionMeasure : IAudited
{
    private DecisionMeasure()
    {
    }

    public DecisionMeasure(Guid decisionId, Guid measureId) => (DecisionId, MeasureId) = (decisionId, measureId);

    public Guid DecisionId { get; private set; }
    public Guid MeasureId { get; private set; }
}
