using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class PlanRollOverTests
{
    private static readonly PlanPeriod Year2026 = PlanPeriod.Year(2026);

    [Fact]
    public void Of_AnAdoptedYear_CopiesLinksMovesDatesAndCarriesTheIndicator()
    {
        var plan = new Plan(Guid.NewGuid(), "Arbeidsplan 2026", PlanKind.Annual, Year2026);
        var chapter = new Chapter(plan.Id, "2", "Organisasjon", null, 10);
        var goal = new Goal(plan.Id, chapter.Id, "Flere medlemmer", 10,
            new Indicator("Betalende medlemmer", "medlemmer", 955, new LocalDate(2025, 12, 31), 1000, new LocalDate(2026, 12, 31), 968, new LocalDate(2026, 9, 30)));
        var meeting = new Measure(plan.Id, chapter.Id, "2.1", "Fylkesstyremøte om verving", 10);
        meeting.SetTiming(TimingParser.Parse("torsdag 19. mars 2026", Year2026));
        meeting.LinkGoals([goal.Id]);
        var deadline = new Measure(plan.Id, chapter.Id, "2.2", "Levere vervelister", 20);
        deadline.SetTiming(TimingParser.Parse("innen 19. mars 2026", Year2026));

        var next = PlanRollOver.Of(plan, null, [chapter], [goal], [meeting, deadline], []);

        Assert.Equal(("Arbeidsplan 2027", PlanState.Draft), (next.Plan.Title, next.Plan.State));
        var copiedGoal = Assert.Single(next.Goals);
        Assert.Equal((968m, new LocalDate(2026, 9, 30), new LocalDate(2027, 12, 31)),
            (copiedGoal.Indicator!.Baseline!.Value, copiedGoal.Indicator.BaselineOn!.Value, copiedGoal.Indicator.TargetOn!.Value));
        Assert.Equal(next.Chapters.Single().Id, copiedGoal.ChapterId);
        Assert.Equal("torsdag 25. mars 2027", next.Measures[0].TimingText); // a meeting keeps its weekday (ISO week 12)
        Assert.Equal("innen 19. mars 2027", next.Measures[1].TimingText); // a deadline keeps its date
        Assert.Equal(copiedGoal.Id, next.Measures[0].Goals.Single().GoalId);
        Assert.All(next.Measures, m => Assert.Equal(MeasureStatus.NotStarted, m.Status));
    }

    [Fact]
    public void SetStatus_InTheFuture_IsRefused_AndTheNoteComesWithTheStatus()
    {
        var measure = new Measure(Guid.NewGuid(), null, "1", "Vervekampanje", 10);
        var at = Instant.FromUtc(2026, 3, 31, 22, 30); // 1 April in Oslo

        var note = measure.SetStatus(MeasureStatus.UnderWay, new LocalDate(2026, 4, 1), "Startet", "Kari", at);

        Assert.Equal((measure.Id, MeasureStatus.UnderWay, "Startet"), (note.MeasureId, note.Status, note.Text));
        Assert.Equal("On", Assert.Throws<RuleViolation>(() => measure.SetStatus(MeasureStatus.Done, new LocalDate(2026, 4, 2), null, "Kari", at)).Field);
        Assert.Equal("Status", Assert.Throws<RuleViolation>(() => measure.SetStatus((MeasureStatus)99, new LocalDate(2026, 4, 1), null, "Kari", at)).Field);
        Assert.Equal(MeasureStatus.UnderWay, measure.Status);
    }
}
