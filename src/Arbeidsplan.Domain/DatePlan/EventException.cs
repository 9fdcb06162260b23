using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>One occurrence of a series cancelled (no new time) or moved.</summary>
public sealed class EventException : IAudited, IVersionedPart
{
    Guid IVersionedPart.OwnerId => EventId;

    private EventException() { }

    public EventException(Guid eventId, LocalDate originalDate, EventWhen? movedTo)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        OriginalDate = originalDate;
        (MovedStartDate, MovedEndDate, MovedStartTime, MovedEndTime) = (movedTo?.StartDate, movedTo?.EndDate, movedTo?.StartTime, movedTo?.EndTime);
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public LocalDate OriginalDate { get; private set; }
    public LocalDate? MovedStartDate { get; private set; }
    public LocalDate? MovedEndDate { get; private set; }
    public LocalTime? MovedStartTime { get; private set; }
    public LocalTime? MovedEndTime { get; private set; }

    public bool IsCancelled => MovedStartDate is null;

    public EventWhen? MovedTo => MovedStartDate is { } s ? new EventWhen(s, MovedEndDate ?? s, MovedStartTime, MovedEndTime) : null;
}
