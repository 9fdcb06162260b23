using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.DatePlan;

public sealed class EventTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly LocalDate Jan6 = new(2026, 1, 6);

    private static Event Tuesdays() => new(Org, new EventDetails(EventKind.IdOf(EventKind.Other), "Tirsdagsmøte", Place: "Teams"),
        new EventWhen(Jan6, Jan6, new LocalTime(8, 0), new LocalTime(9, 0)), new RecurrenceRule(RepeatFrequency.Weekly, until: new LocalDate(2026, 2, 24)));

    [Fact]
    public void When_EndBeforeStart_IsRefusedInNorwegian()
    {
        var error = Assert.Throws<RuleViolation>(() => new EventWhen(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1)));

        Assert.Equal("Slutten kan ikke være før starten.", error.Message);
        Assert.Throws<RuleViolation>(() => new EventWhen(Jan6, Jan6, new LocalTime(10, 0), new LocalTime(9, 0)));
        Assert.Throws<RuleViolation>(() => new EventWhen(Jan6, Jan6, new LocalTime(10, 0)));
    }

    [Theory]
    [InlineData(2026, 1, 13, 2026, 1, 14, 1, "13.-14.")]
    [InlineData(2025, 7, 31, 2025, 8, 3, 8, "31.7.-3.8.")]
    [InlineData(2026, 3, 17, 2026, 3, 17, 3, "17.")]
    [InlineData(2026, 1, 1, 2026, 1, 31, 1, "")]
    public void DateCell_IsWrittenTheWayTheDatePlansPrintIt(int y1, int m1, int d1, int y2, int m2, int d2, int month, string expected) =>
        Assert.Equal(expected, new EventWhen(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)).DateCell(month));

    [Fact]
    public void Occurrences_LeaveOutCancelledAndShowMovedOnTheirNewDay()
    {
        var meeting = Tuesdays();
        meeting.ChangeOccurrence(new LocalDate(2026, 1, 13), null);
        meeting.ChangeOccurrence(new LocalDate(2026, 1, 20), new EventWhen(new LocalDate(2026, 1, 21), new LocalDate(2026, 1, 21), new LocalTime(8, 0), new LocalTime(9, 0)));

        var january = meeting.OccurrencesIn(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31))).ToList();

        Assert.Equal([new LocalDate(2026, 1, 6), new(2026, 1, 21), new(2026, 1, 27)], january.Select(o => o.When.StartDate).ToList());
        Assert.True(january[1].Moved);
        Assert.Equal(new LocalDate(2026, 1, 20), january[1].OriginalDate);
    }

    [Fact]
    public void ChangeOccurrence_OnADateOutsideTheSeries_IsRefused()
    {
        var error = Assert.Throws<RuleViolation>(() => Tuesdays().ChangeOccurrence(new LocalDate(2026, 1, 14), null));

        Assert.Contains("ingen forekomst 14.1.2026", error.Message);
    }

    [Fact]
    public void Update_ThatMovesTheSeries_DropsExceptionsThatNoLongerMatch()
    {
        var meeting = Tuesdays();
        meeting.ChangeOccurrence(new LocalDate(2026, 1, 13), null);

        meeting.Update(meeting.Details, new EventWhen(Jan6.PlusDays(1), Jan6.PlusDays(1)), new RecurrenceRule(RepeatFrequency.Weekly, count: 4));

        Assert.Empty(meeting.Exceptions);
    }

    [Fact]
    public void MultiDayOccurrence_StartingBeforeTheWindow_StillTouchesIt()
    {
        var camp = new Event(Org, new EventDetails(EventKind.IdOf(EventKind.Course), "Sommerleir"), new EventWhen(new LocalDate(2025, 7, 31), new LocalDate(2025, 8, 3)));

        Assert.Single(camp.OccurrencesIn(new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31))));
    }

    [Fact]
    public void OrganisedBy_TheHostWhenThereIsOne_ElseTheOrganisationThatStoresIt()
    {
        var host = Guid.CreateVersion7();
        var own = new Event(Org, new EventDetails(EventKind.IdOf(EventKind.Other), "Eget møte"), EventWhen.Day(Jan6));
        var hosted = new Event(Org, new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Styremøte", HostId: host), EventWhen.Day(Jan6));
        Event[] events = [own, hosted];

        Assert.Equal([own], events.AsQueryable().Where(Event.OrganisedBy(Org)));
        Assert.Equal([hosted], events.AsQueryable().Where(Event.OrganisedBy(host)));
    }

    [Fact]
    public void Link_ThatIsNotAWebAddress_IsRefused() =>
        Assert.Throws<RuleViolation>(() => new Event(Org, new EventDetails(EventKind.IdOf(EventKind.Other), "Møte", Link: "teams møte"), EventWhen.Day(Jan6)));

    [Fact]
    public void Visibility_BodyOnly_NeedsABody() =>
        Assert.Throws<RuleViolation>(() => new Event(Org, new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Styremøte", Visibility: EventVisibility.Body), EventWhen.Day(Jan6)));

    [Theory]
    [InlineData("Fylkesstyremøte Hedmark Senterparti", EventKind.BoardMeeting)]
    [InlineData("Fylkesårsmøte for Hedmark Senterparti", EventKind.AnnualMeeting)]
    [InlineData("Fylkesting", EventKind.CountyCouncil)]
    [InlineData("Siste nytt fra Stortinget og fylkestinget", EventKind.Other)]
    [InlineData("LANDSMØTE I SENTERPARTIET", EventKind.NationalConvention)]
    [InlineData("STORTINGSVALG OG SAMETINGSVALG", EventKind.Election)]
    [InlineData("Regionmøte, Kongsvingerregionen", EventKind.RegionMeeting)]
    [InlineData("Nasjonal aksjonsdag", EventKind.CampaignDay)]
    [InlineData("Kurs for kasserere", EventKind.Course)]
    public void KindGuess_ReadsTheActivity(string text, string kind) => Assert.Equal(kind, EventKind.Guess(text));
}
