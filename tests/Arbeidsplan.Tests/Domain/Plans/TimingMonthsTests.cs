using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class TimingMonthsTests
{
    private static readonly PlanPeriod Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    [Theory]
    [InlineData("innen 1. juli 2026", "|2026-07|")]
    [InlineData("mars–mai", "|2026-03|2026-04|2026-05|")]
    [InlineData("Juni", "|2026-06|")]
    [InlineData("snarest", "")]
    public void MonthsText_IsTheMonthsTouchesAnswersYesFor(string text, string expected)
    {
        var timing = TimingParser.Parse(text, Year2026);

        Assert.Equal(expected, timing.MonthsText);
        for (var month = 1; month <= 12; month++)
        {
            var first = new LocalDate(2026, month, 1);
            var days = new DateInterval(first, first.PlusMonths(1).PlusDays(-1));
            Assert.Equal(timing.Touches(days), timing.MonthsText.Contains($"|{Timing.MonthKey(first)}|", StringComparison.Ordinal));
        }
    }
}
