using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class DatePlanTextTests
{
    private const string DatePlan = """
        Måned | Dato | Aktivitet
        Januar | Lokallagsårsmøter – holdes i januar.
        20. | Fylkesstyremøte Hedmark Senterparti
        Februar | 14.-15. | Fylkesårsmøte for Hedmark Senterparti, Elgstua
        Mars | 17. | Fylkesstyremøte Hedmark Senterparti
        August	31.7.-3.8	Sommerleir, Senterungdommen
        2027
        Januar | 12. | Fylkesstyremøte Hedmark Senterparti
        """;

    [Fact]
    public void Calendar_ReadsMonthRowsDaysRangesAndYearRows()
    {
        var calendar = DatePlanText.Calendar(DatePlan, PlanPeriod.Year(2026));

        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)), calendar.Matching("Lokallagsårsmøter").Single().Days);
        Assert.Equal(new DateInterval(new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 15)), calendar.Matching("Fylkesårsmøte").Single().Days);
        Assert.Equal(new DateInterval(new LocalDate(2026, 7, 31), new LocalDate(2026, 8, 3)), calendar.Matching("Sommerleir").Single().Days);
        Assert.Equal([new LocalDate(2026, 1, 20), new LocalDate(2026, 3, 17), new LocalDate(2027, 1, 12)],
            calendar.Matching("FS-møte").Select(e => e.Days.Start).ToList());
    }

    [Fact]
    public void RelativeTiming_InAPlanWithItsDatePlan_IsPlacedOnTheDate()
    {
        var calendar = DatePlanText.Calendar(DatePlan, PlanPeriod.Year(2026));

        var timing = TimingParser.Parse("Første FS-møte etter årsmøtet", PlanPeriod.Year(2026), calendar);

        Assert.Equal("Første fs-møte etter årsmøtet: 17. mars 2026", timing.Understood);
        Assert.Equal(new LocalDate(2026, 3, 17), timing.Due);
    }
}
