using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// When a notice went out against its deadline (the date plan derives it: at least two weeks before a board meeting). A late notice
/// is allowed, since the meeting may still be lawful if nobody objects, but it is said plainly.
/// </summary>
public sealed record NoticeTiming(LocalDate SentOn, LocalDate? Deadline)
{
    public bool IsLate => Deadline is { } d && SentOn > d;

    public int DaysLate => Deadline is { } d && SentOn > d ? Period.Between(d, SentOn, PeriodUnits.Days).Days : 0;

    public string Text => Deadline switch
    {
        null => $"Innkallingen ble sendt {NorwegianTime.Format(SentOn)}.",
        { } d when IsLate => $"Innkallingen ble sendt {NorwegianTime.Format(SentOn)}, {DaysLate} {(DaysLate == 1 ? "dag" : "dager")} etter fristen {NorwegianTime.Format(d)}.",
        { } d => $"Innkallingen ble sendt {NorwegianTime.Format(SentOn)}, innen fristen {NorwegianTime.Format(d)}.",
    };
}
