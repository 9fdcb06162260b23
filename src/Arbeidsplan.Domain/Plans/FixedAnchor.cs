using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>A time against a fixed point of the year ("før sommeren", "to uker før jul"), placed in every year it applies to.</summary>
internal sealed record FixedAnchor(string Key, bool Before, int? OffsetDays, string Label, IsoDayOfWeek? Weekday = null)
{
    public LocalDate In(int year)
    {
        if (Weekday is { } day)
        {
            // "siste fredag før sommerferien", "første mandag etter nyttår": the weekday nearest the point on its side.
            var point = (this with { Weekday = null }).In(year);
            var step = Before ? -1 : 1;
            while (point.DayOfWeek != day)
            {
                point = point.PlusDays(step);
            }
            return point;
        }
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
