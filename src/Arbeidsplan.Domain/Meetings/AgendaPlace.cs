namespace Arbeidsplan.Domain.Meetings;

/// <summary>Where a standard item goes: before the meeting's own cases, or after them (Eventuelt last).</summary>
public enum AgendaPlace
{
    Start = 0,
    End = 1,
}
