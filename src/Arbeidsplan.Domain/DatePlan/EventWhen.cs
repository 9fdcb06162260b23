using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>When an event happens: whole days (one or several, end inclusive) or local Oslo times on a start and an end date.</summary>
public sealed record EventWhen
{
    public EventWhen(LocalDate startDate, LocalDate endDate, LocalTime? startTime = null, LocalTime? endTime = null)
    {
        if (endDate < startDate)
        {
            throw new RuleViolation("EndDate", "Slutten kan ikke være før starten.");
        }
        if (startTime is null != endTime is null)
        {
            throw new RuleViolation(startTime is null ? "StartTime" : "EndTime", "Oppgi både start- og sluttklokkeslett, eller ingen av dem (heldags).");
        }
        if (startTime is { } s && endTime is { } e && endDate == startDate && e <= s)
        {
            throw new RuleViolation("EndTime", "Slutten kan ikke være før starten.");
        }
        if (Period.Between(startDate, endDate, PeriodUnits.Days).Days > 366)
        {
            throw new RuleViolation("EndDate", "En hendelse kan vare høyst ett år. Bruk en serie for noe som gjentas.");
        }
        StartDate = startDate;
        EndDate = endDate;
        StartTime = startTime;
        EndTime = endTime;
    }

    public LocalDate StartDate { get; }
    public LocalDate EndDate { get; }
    public LocalTime? StartTime { get; }
    public LocalTime? EndTime { get; }

    public bool IsAllDay => StartTime is null;

    public DateInterval Days => new(StartDate, EndDate);

    public int LengthInDays => Period.Between(StartDate, EndDate, PeriodUnits.Days).Days;

    public static EventWhen Day(LocalDate date) => new(date, date);

    public static EventWhen Month(int year, int month) => new(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1));

    /// <summary>The same length and times, starting on another date.</summary>
    public EventWhen StartingOn(LocalDate date) => new(date, date.PlusDays(LengthInDays), StartTime, EndTime);

    /// <summary>Whether it covers a whole calendar month, as the plans' month rows without a date do.</summary>
    public bool IsWholeMonth => IsAllDay && StartDate.Day == 1 && EndDate == StartDate.PlusMonths(1).PlusDays(-1);

    /// <summary>
    /// Refuses a start or end time the clock skips or shows twice in Oslo (the night of the change to and from summer time): such a
    /// time was stored as some other hour without a word, and a calendar reading the feed places it differently again.
    /// </summary>
    public void RequireClockTimesExist()
    {
        foreach (var (field, date, time) in new[] { ("StartTime", StartDate, StartTime), ("EndTime", EndDate, EndTime) })
        {
            if (time is not { } t)
            {
                continue;
            }
            var found = NorwegianTime.Oslo.MapLocal(date + t).Count;
            if (found != 1)
            {
                throw new RuleViolation(field, found == 0
                    ? $"Klokka {t:HH.mm} finnes ikke {NorwegianTime.Format(date)}: klokka stilles fram til sommertid. Velg et annet klokkeslett."
                    : $"Klokka {t:HH.mm} finnes to ganger {NorwegianTime.Format(date)}: klokka stilles tilbake fra sommertid. Velg et annet klokkeslett.");
            }
        }
    }

    public Instant StartInstant => (StartDate + (StartTime ?? LocalTime.Midnight)).InZoneLeniently(NorwegianTime.Oslo).ToInstant();

    /// <summary>"13.-14.", "31.7.-3.8.", "20." with the month of <paramref name="month"/> left out, as the date plans print them.</summary>
    public string DateCell(int month)
    {
        if (IsWholeMonth)
        {
            return "";
        }
        string Day(LocalDate d) => d.Month == month ? $"{d.Day}." : $"{d.Day}.{d.Month}.";
        if (StartDate == EndDate)
        {
            return Day(StartDate);
        }
        return StartDate.Month == EndDate.Month && StartDate.Month == month
            ? $"{StartDate.Day}.-{EndDate.Day}."
            : $"{StartDate.Day}.{StartDate.Month}.-{EndDate.Day}.{EndDate.Month}.";
    }

    /// <summary>"kl. 08.00–09.00" or "" for all-day.</summary>
    public string TimeText => StartTime is { } s && EndTime is { } e ? $"kl. {s:HH.mm}–{e:HH.mm}" : "";

    /// <summary>"17. mars 2026 kl. 08.00–09.00", "14.–15. februar 2026", "hele januar 2026".</summary>
    public string Long => IsWholeMonth
        ? $"hele {NorwegianDates.MonthName(StartDate.Month)} {StartDate.Year}"
        : (NorwegianDates.Long(Days) + " " + TimeText).Trim();
}
