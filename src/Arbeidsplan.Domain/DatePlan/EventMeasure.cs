using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A plan measure the event carries out.</summary>
public sealed class EventMeasure(Guid eventId, Guid measureId) : IAudited, IVersionedPart
{
    Guid IVersionedPart.OwnerId => EventId;

    public Guid EventId { get; private set; } = eventId;
    public Guid MeasureId { get; private set; } = measureId;
}
