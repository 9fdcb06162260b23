using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.DatePlan;

public sealed class CalendarRulesTests
{
    private static readonly Guid County = Guid.NewGuid();
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    private static Event Meeting(Guid organisation, string kind, LocalDate on, Guid? body = null) =>
        new(organisation, new EventDetails(EventKind.IdOf(kind), "Møte", body), EventWhen.Day(on));

    [Fact]
    public void DeadlineRule_GivesEveryMatchingMeetingItsNoticeDeadline()
    {
        var rule = new DeadlineRule(County, "Innkalling sendes", EventKind.IdOf(EventKind.BoardMeeting), Board, 14);
        var events = new[]
        {
            Meeting(County, EventKind.BoardMeeting, new LocalDate(2026, 3, 17), Board),
            Meeting(County, EventKind.BoardMeeting, new LocalDate(2026, 4, 28), Guid.NewGuid()),
            Meeting(County, EventKind.Course, new LocalDate(2026, 5, 5), Board),
        };

        var deadlines = DerivedDeadline.For([rule], events.SelectMany(e => e.OccurrencesIn(Year2026))).ToList();

        Assert.Equal(new LocalDate(2026, 3, 3), Assert.Single(deadlines).Due);
    }

    [Fact]
    public void StatutoryWindow_ListsBranchesWithoutAMeetingInsideIt()
    {
        var window = new StatutoryWindow(County, "Lokallagsårsmøter", EventKind.IdOf(EventKind.AnnualMeeting), Arbeidsplan.Domain.Register.OrganisationKind.Local, AnnualSpan.Months(1, 1));
        var (hamar, elverum, trysil) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var events = new[]
        {
            Meeting(hamar, EventKind.AnnualMeeting, new LocalDate(2026, 1, 22)),
            Meeting(elverum, EventKind.AnnualMeeting, new LocalDate(2026, 2, 3)),
        };

        var result = WindowCompliance.Check(window, 2026, [(hamar, "Hamar Sp"), (elverum, "Elverum Sp"), (trysil, "Trysil Sp")],
            events.SelectMany(e => e.OccurrencesIn(Year2026)));

        Assert.Equal(["Elverum Sp", "Trysil Sp"], result.Where(r => r.IsMissing).Select(r => r.Name).ToList());
        Assert.Equal(new LocalDate(2026, 1, 22), result.Single(r => r.Name == "Hamar Sp").HeldOn);
        Assert.Equal("i januar", window.Span.Label);
    }

    [Fact]
    public void AnnualSpan_OverNewYear_EndsInTheNextYear_AndImpossibleDaysAreRefused()
    {
        Assert.Equal(new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 31)), new AnnualSpan(12, 1, 1, 31).In(2026));
        Assert.Throws<RuleViolation>(() => new AnnualSpan(2, 30, 3, 1));
        Assert.Equal(new LocalDate(2027, 2, 28), new AnnualSpan(2, 29, 3, 31).In(2027).Start);
    }

    [Fact]
    public void YearCopy_OfASeries_MovesItsEndAndMakesADraft()
    {
        var tuesdays = new Event(County, new EventDetails(EventKind.IdOf(EventKind.Other), "Tirsdagsmøte"), EventWhen.Day(new LocalDate(2026, 1, 6)),
            new RecurrenceRule(RepeatFrequency.Weekly, until: new LocalDate(2026, 12, 15)));

        var copy = YearCopy.Copy(tuesdays, 1);

        Assert.Equal(EventStatus.Draft, copy.Status);
        Assert.Equal(new LocalDate(2027, 1, 12), copy.StartDate);
        Assert.Equal(new LocalDate(2027, 12, 21), copy.RepeatUntil);
        Assert.Equal(tuesdays.Id, copy.CopiedFromId);
    }

    [Fact]
    public void Template_AppliedToAYear_MakesDraftsOnTheDayOrOverTheMonth()
    {
        var template = new EventTemplate(County, "Valgår", YearType.ElectionYear);
        template.ReplaceItems([(1, null, EventKind.IdOf(EventKind.AnnualMeeting), "Lokallagsårsmøter"), (9, 13, EventKind.IdOf(EventKind.Election), "Valgdagen")]);

        var drafts = template.Apply(2027, County);

        Assert.All(drafts, d => Assert.Equal(EventStatus.Draft, d.Status));
        Assert.True(drafts[0].When.IsWholeMonth);
        Assert.Equal(new LocalDate(2027, 9, 13), drafts[1].StartDate);
        Assert.Throws<RuleViolation>(() => template.ReplaceItems([(2, 30, EventKind.IdOf(EventKind.Other), "x")]));
    }
}
