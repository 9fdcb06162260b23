using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// The days on which one reminder may go out, from the day it is wanted to the last day it still makes sense: a reminder ahead of a
/// date is good until that date; one after it (overdue, a checklist) for two weeks; a digest for its Monday and two days more. A run
/// that missed a day (the server was down) sends it on the next, and the key keeps it from going twice.
/// </summary>
public sealed record ReminderWindow(LocalDate From, LocalDate To)
{
    public const int DaysAfter = 14;

    public bool Includes(LocalDate day) => From <= day && day <= To;

    /// <param name="date">The item's own date: the deadline, the term's end, the meeting, the Monday of a digest.</param>
    public static ReminderWindow For(ReminderKind kind, LocalDate date, int? daysBefore, ReminderCalendar calendar)
    {
        if (ReminderKinds.HasDaysBefore(kind))
        {
            return new ReminderWindow(calendar.SendBefore(date, daysBefore ?? ReminderKinds.DefaultDaysBefore(kind)!.Value), date);
        }
        if (kind is ReminderKind.RegionDigest or ReminderKind.CountyDigest)
        {
            return new ReminderWindow(date, date.PlusDays(2));
        }
        var first = calendar.FirstOpenFrom(date.PlusDays(1));
        return new ReminderWindow(first, first.PlusDays(DaysAfter));
    }
}
