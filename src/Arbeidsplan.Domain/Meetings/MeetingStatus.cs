namespace Arbeidsplan.Domain.Meetings;

public enum MeetingStatus
{
    /// <summary>Planned: the agenda is being written, the notice may have gone out.</summary>
    Planned = 0,

    /// <summary>Held: the minutes are written against it.</summary>
    Held = 1,

    /// <summary>Cancelled: kept so its case numbers and notice stay on record.</summary>
    Cancelled = 2,
}
