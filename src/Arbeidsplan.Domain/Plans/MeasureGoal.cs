using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Plans;

public sealed class MeasureGoal(Guid measureId, Guid goalId) : IAudited, IVersionedPart
{
    Guid IVersionedPart.OwnerId => MeasureId;

    public Guid MeasureId { get; private set; } = measureId;
    public Guid GoalId { get; private set; } = goalId;
}
