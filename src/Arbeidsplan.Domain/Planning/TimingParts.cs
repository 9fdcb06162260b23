using NodaTime;

namespace Arbeidsplan.Domain.Planning;

/// <summary>A day written without (or with) month and year: "13.", "1. juli", "1.7.2026".</summary>
internal sealed record DayPart(int Day, int? Month, int? Year);

/// <summary>One date or a range of dates as written.</summary>
internal sealed record DatePart(DayPart Start, DayPart? End);

/// <summary>A stretch of the year, by month and day, that repeats for each year it is placed in.</summary>
internal sealed record YearPart(int FromMonth, int FromDay, int ToMonth, int ToDay, string Label, int? Year)
{
    public DateInterval In(int year)
    {
        var start = new LocalDate(year, FromMonth, FromDay);
        var endYear = ToMonth < FromMonth ? year + 1 : year;
        var end = new LocalDate(endYear, ToMonth, Math.Min(ToDay, CalendarSystem.Iso.GetDaysInMonth(endYear, ToMonth)));
        return new DateInterval(start, end);
    }

    public static YearPart Months(int from, int to, int? year, string label) => new(from, 1, to, 31, label, year);
}

/// <summary>A time against a fixed point of the year ("før sommeren", "to uker før jul"), placed in every year it applies to.</summary>
internal sealed record FixedAnchor(string Key, bool Before, int? OffsetDays, string Label)
{
    public LocalDate In(int year)
    {
        var easter = NorwegianDates.EasterSunday(year);
        if (OffsetDays is { } offset)
        {
            var basis = Key switch
            {
                "årsskiftet" => new LocalDate(year, 12, 31),
                "jul" => new LocalDate(year, 12, 24),
                "sommeren" => new LocalDate(year, 7, 1),
                _ => easter,
            };
            return basis.PlusDays(offset);
        }
        return (Key, Before) switch
        {
            ("årsskiftet", true) => new LocalDate(year, 12, 31),
            ("årsskiftet", false) => new LocalDate(year + 1, 1, 1),
            ("jul", true) => new LocalDate(year, 12, 23),
            ("jul", false) => new LocalDate(year, 12, 27),
            ("sommeren", true) => new LocalDate(year, 6, 30),
            ("sommeren", false) => new LocalDate(year, 8, 1),
            (_, true) => easter.PlusDays(-4),
            _ => easter.PlusDays(2),
        };
    }
}

/// <summary>Everything the scanner picked out of one timing text, before it is placed in the plan's period.</summary>
internal sealed class TimingParts
{
    public bool Deadline { get; set; }
    public bool From { get; set; }
    public bool EveryYear { get; set; }
    public List<DatePart> Dates { get; } = [];
    public List<YearPart> Parts { get; } = [];
    public List<int> Years { get; } = [];
    public (int First, int Last)? YearRange { get; set; }
    public Recurrence? Recurrence { get; set; }
    public string? Continuous { get; set; }
    public bool WholePeriod { get; set; }
    public RelativeTiming? Relative { get; set; }
    public int? RelativeYear { get; set; }
    public FixedAnchor? FixedAnchor { get; set; }
    public IsoDayOfWeek? NamedWeekday { get; set; }
    public List<string> Problems { get; } = [];

    public bool Any => Dates.Count > 0 || Parts.Count > 0 || Years.Count > 0 || YearRange is not null || Recurrence is not null
        || Continuous is not null || Relative is not null || FixedAnchor is not null || EveryYear || WholePeriod;
}
