using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Branches;

/// <summary>A branch took part in a region meeting (an event of the kind «Regionmøte»).</summary>
public sealed class MeetingAttendance : IAudited
{
    private MeetingAttendance() { }

    public MeetingAttendance(Guid eventId, Guid branchId, LocalDate on)
    {
        EventId = eventId;
        BranchId = branchId;
        On = on;
    }

    public Guid EventId { get; private set; }
    public Guid BranchId { get; private set; }

    /// <summary>The meeting's date, kept here so the year's count needs no look into the calendar.</summary>
    public LocalDate On { get; private set; }
}
