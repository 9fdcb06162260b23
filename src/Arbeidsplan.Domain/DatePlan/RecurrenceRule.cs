using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>
/// How a series repeats: every n weeks on a weekday, every n months on the start's date or on "the second Tuesday",
/// or every n years; ends after a count or on a date. Every series ends, so no expansion runs forever.
/// </summary>
public sealed record RecurrenceRule
{
    public const int MaxCount = 1000;
    public const int MaxYears = 10;

    public RecurrenceRule(RepeatFrequency frequency, int interval = 1, IsoDayOfWeek? weekday = null, int? ordinal = null, int? count = null, LocalDate? until = null)
    {
        if (interval is < 1 or > 52)
        {
            throw new RuleViolation("RepeatInterval", "Intervallet må være mellom 1 og 52.");
        }
        if (ordinal is not null and not (>= 1 and <= 4 or -1))
        {
            throw new RuleViolation("RepeatOrdinal", "Velg første, andre, tredje, fjerde eller siste ukedag i måneden.");
        }
        if (weekday is not null and not (>= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday))
        {
            throw new RuleViolation("RepeatWeekday", "Velg en ukedag fra mandag til søndag.");
        }
        if (ordinal is not null && (frequency != RepeatFrequency.Monthly || weekday is null))
        {
            throw new RuleViolation("RepeatOrdinal", "«Andre tirsdag i måneden» krever månedlig gjentakelse og en ukedag.");
        }
        if (count is null && until is null)
        {
            throw new RuleViolation("RepeatUntil", "En serie må ha en sluttdato eller et antall ganger, så den ikke går i det uendelige.");
        }
        if (count is not null and not (>= 1 and <= MaxCount))
        {
            throw new RuleViolation("RepeatCount", $"Antall ganger må være mellom 1 og {MaxCount}.");
        }
        Frequency = frequency;
        Interval = interval;
        Weekday = weekday;
        Ordinal = ordinal;
        Count = count;
        Until = until;
    }

    public RepeatFrequency Frequency { get; }
    public int Interval { get; }
    public IsoDayOfWeek? Weekday { get; }
    public int? Ordinal { get; }
    public int? Count { get; }
    public LocalDate? Until { get; }

    /// <summary>"Fire ganger i året": every 12/n months on the start's date.</summary>
    public static RecurrenceRule TimesAYear(int times, int? count = null, LocalDate? until = null) =>
        times is 1 or 2 or 3 or 4 or 6 or 12
            ? new(RepeatFrequency.Monthly, 12 / times, count: count, until: until)
            : throw new RuleViolation("RepeatInterval", "Antall ganger i året må gå opp i tolv: 1, 2, 3, 4, 6 eller 12.");

    /// <summary>Checks the series against its start: the end lies after the start, and not more than ten years on.</summary>
    public void CheckAgainst(LocalDate start)
    {
        if (Until is { } until && until < start)
        {
            throw new RuleViolation("RepeatUntil", "Serien kan ikke slutte før den begynner.");
        }
        if (Until is { } far && far > start.PlusYears(MaxYears))
        {
            throw new RuleViolation("RepeatUntil", $"En serie kan vare høyst {MaxYears} år.");
        }
        // The app stops every series after ten years; a count that would run longer would disagree with the .ics.
        if (Count is { } count && Dates(start).Count() < count)
        {
            throw new RuleViolation("RepeatCount", $"En serie kan vare høyst {MaxYears} år. Sett et lavere antall ganger.");
        }
    }

    /// <summary>The start dates of the series in order, from its first; bounded by its count, its end and ten years.</summary>
    public IEnumerable<LocalDate> Dates(LocalDate start)
    {
        var last = Until ?? start.PlusYears(MaxYears);
        if (last > start.PlusYears(MaxYears))
        {
            last = start.PlusYears(MaxYears);
        }
        var made = 0;
        foreach (var date in Candidates(start))
        {
            if (date > last || made >= (Count ?? MaxCount * 10))
            {
                yield break;
            }
            if (date < start)
            {
                continue;
            }
            made++;
            yield return date;
        }
    }

    private IEnumerable<LocalDate> Candidates(LocalDate start)
    {
        switch (Frequency)
        {
            case RepeatFrequency.Weekly:
                var first = start.With(DateAdjusters.NextOrSame(Weekday ?? start.DayOfWeek));
                for (var d = first; ; d = d.PlusWeeks(Interval))
                {
                    yield return d;
                }
            case RepeatFrequency.Monthly:
                var month = new LocalDate(start.Year, start.Month, 1);
                for (; ; month = month.PlusMonths(Interval))
                {
                    if (Ordinal is { } n && Weekday is { } day)
                    {
                        yield return n > 0
                            ? month.With(DateAdjusters.NextOrSame(day)).PlusWeeks(n - 1)
                            : month.PlusMonths(1).PlusDays(-1).With(DateAdjusters.PreviousOrSame(day));
                    }
                    else if (start.Day <= month.Calendar.GetDaysInMonth(month.Year, month.Month))
                    {
                        yield return new LocalDate(month.Year, month.Month, start.Day);
                    }
                }
            default:
                for (var y = start.Year; ; y += Interval)
                {
                    if (start.Day <= start.Calendar.GetDaysInMonth(y, start.Month))
                    {
                        yield return new LocalDate(y, start.Month, start.Day);
                    }
                }
        }
    }

    /// <summary>"Hver tirsdag", "Annenhver tirsdag", "Andre tirsdag i måneden", "Fire ganger i året", with the end.</summary>
    public string Describe(LocalDate start)
    {
        var day = NorwegianDates.WeekdayName(Weekday ?? start.DayOfWeek);
        var how = Frequency switch
        {
            RepeatFrequency.Weekly when Interval == 1 => $"Hver {day}",
            RepeatFrequency.Weekly when Interval == 2 => $"Annenhver {day}",
            RepeatFrequency.Weekly => $"Hver {Interval}. uke på {day}",
            RepeatFrequency.Monthly when Ordinal is -1 => $"Siste {day} i måneden",
            RepeatFrequency.Monthly when Ordinal is { } n => $"{Ordinals[n - 1]} {day} i måneden" + (Interval > 1 ? $", hver {Interval}. måned" : ""),
            RepeatFrequency.Monthly when Interval == 1 => $"Den {start.Day}. hver måned",
            RepeatFrequency.Monthly when 12 % Interval == 0 => $"{TimesWords[12 / Interval - 1]} i året (den {start.Day}. hver {Interval}. måned)",
            RepeatFrequency.Monthly => $"Den {start.Day}. hver {Interval}. måned",
            _ when Interval == 1 => "Årlig",
            _ => $"Hvert {Interval}. år",
        };
        var end = Until is { } u ? $", til og med {NorwegianTime.Format(u)}" : Count is { } c ? $", {c} ganger" : "";
        return how + end;
    }

    private static readonly string[] Ordinals = ["Første", "Andre", "Tredje", "Fjerde"];
    private static readonly string[] TimesWords = ["Én gang", "To ganger", "Tre ganger", "Fire ganger", "Fem ganger", "Seks ganger", "", "", "", "", "", "Tolv ganger"];
}
