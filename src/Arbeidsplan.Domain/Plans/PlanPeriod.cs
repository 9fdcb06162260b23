using System.Globalization;
using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>The dates a plan covers: one calendar year, or a period such as 2025–2028.</summary>
public sealed record PlanPeriod
{
    public PlanPeriod(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new RuleViolation("PeriodTo", "Perioden kan ikke slutte før den begynner.");
        }
        if (Period.Between(from, to, PeriodUnits.Years).Years >= 10)
        {
            throw new RuleViolation("PeriodTo", "En plan kan ikke gjelde mer enn ti år.");
        }
        From = from;
        To = to;
    }

    public LocalDate From { get; }
    public LocalDate To { get; }

    public static PlanPeriod Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    public static PlanPeriod Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    public IEnumerable<int> CalendarYears => Enumerable.Range(From.Year, To.Year - From.Year + 1);

    public bool IsSingleYear => From.Year == To.Year;

    /// <summary>Whole years the period spans, at least one: what a roll-over moves dates by.</summary>
    public int LengthInYears => Math.Max(1, To.Year - From.Year + 1);

    public DateInterval Interval => new(From, To);

    public bool Contains(LocalDate date) => From <= date && date <= To;

    public PlanPeriod ShiftYears(int years) => new(From.PlusYears(years), To.PlusYears(years));

    public string Label => IsSingleYear ? From.Year.ToString(CultureInfo.InvariantCulture) : $"{From.Year}–{To.Year}";
}
