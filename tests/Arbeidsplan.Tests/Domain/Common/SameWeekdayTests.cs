using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Common;

public sealed class SameWeekdayTests
{
    [Theory]
    [InlineData(2026, 3, 17, 2027, 3, 23)] // Tuesday of ISO week 12
    [InlineData(2026, 1, 20, 2027, 1, 26)] // Tuesday of week 4
    [InlineData(2026, 12, 31, 2027, 12, 30)] // Thursday of week 53: week 52, the last of 2027
    [InlineData(2025, 12, 29, 2026, 12, 28)] // Monday of ISO week 1 of 2026: the nearest Monday in 2026 instead
    public void In_OneYear_IsTheSameIsoWeekAndWeekday(int y, int m, int d, int ey, int em, int ed)
    {
        var moved = SameWeekday.In(new LocalDate(y, m, d), 1);

        Assert.Equal(new LocalDate(ey, em, ed), moved);
        Assert.Equal(new LocalDate(y, m, d).DayOfWeek, moved.DayOfWeek);
    }

    [Theory]
    [InlineData(2026, 3, 19)]
    [InlineData(2026, 9, 3)]
    [InlineData(2026, 12, 10)]
    public void DatePlanCopyAndPlanRollOver_MoveAMeetingToOneDate(int y, int m, int d)
    {
        var date = new LocalDate(y, m, d);
        var meeting = new Event(Guid.NewGuid(), new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Fylkesstyremøte"), EventWhen.Day(date));

        var copied = YearCopy.Copy(meeting, 1).StartDate;
        var rolled = YearText.ShiftTiming(NorwegianDates.Long(date), 1, PlanPeriod.Year(y), keepWeekday: true);

        Assert.Equal(NorwegianDates.Long(copied), rolled);
    }
}
