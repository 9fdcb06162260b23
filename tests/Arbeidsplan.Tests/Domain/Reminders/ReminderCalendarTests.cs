using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Reminders;

public sealed class ReminderCalendarTests
{
    private static readonly ReminderCalendar Calendar = ReminderCalendar.Default;

    [Theory]
    [InlineData(2026, 7, 1, true)]
    [InlineData(2026, 7, 31, true)]
    [InlineData(2026, 8, 1, false)]
    [InlineData(2026, 12, 21, true)]
    [InlineData(2027, 1, 1, true)]
    [InlineData(2027, 1, 2, false)]
    [InlineData(2026, 12, 20, false)]
    public void Default_IsQuietInJulyAndOverChristmas(int y, int m, int d, bool quiet) =>
        Assert.Equal(quiet, Calendar.IsQuiet(new LocalDate(y, m, d)));

    [Fact]
    public void SendBefore_WantedInJuly_ForADeadlineInJuly_ComesBeforeTheQuietPeriod() =>
        Assert.Equal(new LocalDate(2026, 6, 30), Calendar.SendBefore(new LocalDate(2026, 7, 20), 7));

    [Fact]
    public void SendBefore_WantedInJuly_ForADeadlineWellAfter_ComesOnTheFirstOpenDay() =>
        Assert.Equal(new LocalDate(2026, 8, 1), Calendar.SendBefore(new LocalDate(2026, 8, 20), 30));

    [Fact]
    public void Window_Overdue_OpensTheFirstOpenDayAfter_AndLastsTwoWeeks()
    {
        var window = ReminderWindow.For(ReminderKind.MeasureOverdue, new LocalDate(2026, 6, 30), null, Calendar);

        Assert.Equal(new ReminderWindow(new LocalDate(2026, 8, 1), new LocalDate(2026, 8, 15)), window);
    }

    [Fact]
    public void Window_Before_UsesTheKindsDefault_WhenNoDaysAreChosen() =>
        Assert.Equal(new LocalDate(2026, 9, 3), ReminderWindow.For(ReminderKind.MeasureDue, new LocalDate(2026, 9, 10), null, Calendar).From);

    [Fact]
    public void QuietPeriods_ParseAndFormat_RoundTrip()
    {
        var periods = QuietPeriod.ParseList(" 07-01..07-31 ; 12-21..01-01 ");

        Assert.Equal("07-01..07-31; 12-21..01-01", QuietPeriod.Format(periods));
        Assert.Empty(QuietPeriod.ParseList(""));
    }

    [Theory]
    [InlineData("juli")]
    [InlineData("13-01..13-02")]
    [InlineData("02-30..03-01")]
    [InlineData("07-01")]
    public void QuietPeriods_ThatAreNoPeriod_AreRefusedInNorwegian(string text)
    {
        var error = Assert.Throws<RuleViolation>(() => QuietPeriod.ParseList(text));

        Assert.Equal("QuietPeriods", error.Field);
        Assert.Contains("er ikke en periode", error.Message);
    }
}
