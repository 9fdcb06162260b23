using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.DatePlan;

public sealed class RecurrenceRuleTests
{
    private static readonly LocalDate Jan6 = new(2026, 1, 6); // a Tuesday

    [Fact]
    public void Weekly_EveryTuesdayUntilADate_StopsAtTheEnd()
    {
        var rule = new RecurrenceRule(RepeatFrequency.Weekly, until: new LocalDate(2026, 1, 27));

        Assert.Equal([Jan6, new(2026, 1, 13), new(2026, 1, 20), new(2026, 1, 27)], rule.Dates(Jan6).ToList());
        Assert.Equal("Hver tirsdag, til og med 27.1.2026", rule.Describe(Jan6));
    }

    [Fact]
    public void Weekly_EverySecondWeekOnAnotherWeekday_StartsOnTheFirstSuchDay()
    {
        var rule = new RecurrenceRule(RepeatFrequency.Weekly, 2, IsoDayOfWeek.Thursday, count: 3);

        Assert.Equal([new LocalDate(2026, 1, 8), new(2026, 1, 22), new(2026, 2, 5)], rule.Dates(Jan6).ToList());
        Assert.Equal("Annenhver torsdag, 3 ganger", rule.Describe(Jan6));
    }

    [Fact]
    public void Monthly_SecondTuesday_AndLastFriday()
    {
        var second = new RecurrenceRule(RepeatFrequency.Monthly, weekday: IsoDayOfWeek.Tuesday, ordinal: 2, count: 3);
        var last = new RecurrenceRule(RepeatFrequency.Monthly, weekday: IsoDayOfWeek.Friday, ordinal: -1, count: 2);

        Assert.Equal([new LocalDate(2026, 1, 13), new(2026, 2, 10), new(2026, 3, 10)], second.Dates(Jan6).ToList());
        Assert.Equal([new LocalDate(2026, 1, 30), new(2026, 2, 27)], last.Dates(Jan6).ToList());
        Assert.Equal("Andre tirsdag i måneden, 3 ganger", second.Describe(Jan6));
    }

    [Fact]
    public void Monthly_On31st_SkipsShortMonths()
    {
        var rule = new RecurrenceRule(RepeatFrequency.Monthly, count: 3);

        Assert.Equal([new LocalDate(2026, 1, 31), new(2026, 3, 31), new(2026, 5, 31)], rule.Dates(new LocalDate(2026, 1, 31)).ToList());
    }

    [Fact]
    public void TimesAYear_Four_IsEveryThirdMonth()
    {
        var rule = RecurrenceRule.TimesAYear(4, count: 4);

        Assert.Equal([new LocalDate(2026, 2, 10), new(2026, 5, 10), new(2026, 8, 10), new(2026, 11, 10)], rule.Dates(new LocalDate(2026, 2, 10)).ToList());
        Assert.StartsWith("Fire ganger i året", rule.Describe(new LocalDate(2026, 2, 10)));
        Assert.Throws<RuleViolation>(() => RecurrenceRule.TimesAYear(5, count: 5));
    }

    [Fact]
    public void Weekday_OutsideTheWeek_IsRefused() =>
        Assert.Throws<RuleViolation>(() => new RecurrenceRule(RepeatFrequency.Weekly, weekday: (IsoDayOfWeek)8, count: 2));

    [Fact]
    public void Series_CountingPastTenYears_IsRefused() =>
        Assert.Throws<RuleViolation>(() => new RecurrenceRule(RepeatFrequency.Yearly, count: 20).CheckAgainst(Jan6));

    [Fact]
    public void Series_StartingOnADayThatIsNotAnOccurrence_StartsOnTheFirstOccurrence()
    {
        var e = new Event(Guid.NewGuid(), new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Styremøte"), EventWhen.Day(new LocalDate(2026, 1, 1)),
            new RecurrenceRule(RepeatFrequency.Monthly, weekday: IsoDayOfWeek.Tuesday, ordinal: 2, count: 3));

        Assert.Equal(new LocalDate(2026, 1, 13), e.StartDate);
    }

    [Fact]
    public void Series_WithoutEnd_IsRefused()
    {
        var error = Assert.Throws<RuleViolation>(() => new RecurrenceRule(RepeatFrequency.Weekly));

        Assert.Contains("sluttdato eller et antall", error.Message);
    }

    [Fact]
    public void Series_EndingMoreThanTenYearsOn_IsRefused_AndExpansionIsBounded()
    {
        var far = new RecurrenceRule(RepeatFrequency.Weekly, until: Jan6.PlusYears(50));

        Assert.Throws<RuleViolation>(() => far.CheckAgainst(Jan6));
        Assert.True(far.Dates(Jan6).Count() <= 53 * RecurrenceRule.MaxYears);
    }
}
