using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// When a reminder may go out for an organisation: never on a day of its quiet periods. A reminder ahead of a date that would fall
/// in a quiet period comes on the first open day after it while that leaves at least half the lead time, else on the last open day
/// before it; a reminder after a date (overdue, a checklist) comes on the first open day.
/// </summary>
public sealed class ReminderCalendar(IReadOnlyList<QuietPeriod> quiet)
{
    public static readonly ReminderCalendar Default = new(QuietPeriod.Defaults);

    public IReadOnlyList<QuietPeriod> Quiet { get; } = quiet;

    public bool IsQuiet(LocalDate date) => Quiet.Any(p => p.Contains(date));

    /// <summary>The day a reminder <paramref name="daysBefore"/> days ahead of <paramref name="date"/> goes out.</summary>
    public LocalDate SendBefore(LocalDate date, int daysBefore)
    {
        var wanted = date.PlusDays(-daysBefore);
        if (!IsQuiet(wanted))
        {
            return wanted;
        }
        // After the period only while at least half the lead time is left; else before it, early rather than too late.
        var after = FirstOpenFrom(wanted);
        return after <= date.PlusDays(-(daysBefore / 2)) ? after : LastOpenBefore(wanted);
    }

    /// <summary>The first open day on or after <paramref name="date"/>.</summary>
    public LocalDate FirstOpenFrom(LocalDate date)
    {
        var day = date;
        for (var i = 0; i < 366 && IsQuiet(day); i++)
        {
            day = day.PlusDays(1);
        }
        return day;
    }

    private LocalDate LastOpenBefore(LocalDate date)
    {
        var day = date;
        for (var i = 0; i < 366 && IsQuiet(day); i++)
        {
            day = day.PlusDays(-1);
        }
        return day;
    }
}
