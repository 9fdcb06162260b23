using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class CampaignTests
{
    private static readonly Guid County = Guid.CreateVersion7();
    private static readonly Election Local2027 = new(County, ElectionKind.Local, new LocalDate(2027, 9, 13));
    private static readonly FollowUpOwner Someone = new(Guid.CreateVersion7(), null, null, null);

    [Fact]
    public void Template_LocalElection_FourPhasesFromNovemberTheYearBefore_ToTheElectionDay()
    {
        var phases = CampaignTemplate.Phases(Local2027);

        Assert.Equal([1, 2, 3, 4], phases.Select(p => p.Number));
        Assert.Equal(new LocalDate(2026, 11, 1), phases[0].From);
        Assert.Equal((new LocalDate(2027, 1, 1), new LocalDate(2027, 3, 31)), (phases[1].From, phases[1].To));
        Assert.Equal(Local2027.Day, phases[3].To);
        Assert.All(CampaignTemplate.Tasks(Local2027), t => Assert.True(phases.Single(p => p.Number == t.Phase).Contains(t.DueOn), t.Title));
    }

    [Fact]
    public void Template_ElectionInTheSpring_LeavesOutThePhasesAfterIt()
    {
        var spring = new Election(County, ElectionKind.Sameting, new LocalDate(2027, 5, 10), filingDeadline: new LocalDateTime(2027, 3, 1, 12, 0));

        Assert.Equal([1, 2, 3], CampaignTemplate.Phases(spring).Select(p => p.Number));
        Assert.Equal(spring.Day, CampaignTemplate.Phases(spring)[^1].To);
        Assert.All(CampaignTemplate.Tasks(spring), t => Assert.True(t.DueOn <= spring.Day));
    }

    [Fact]
    public void Rearrange_APhaseWithoutTasksTakenAway_TheLaterPhasesTasksFollowTheirPhase_AndOneWithTasksIsRefused()
    {
        var plan = new CampaignPlan(Local2027, County, CampaignTemplate.Phases(Local2027));
        var early = plan.AddTask(Local2027, 1, "Valgkampkomité", Someone, new LocalDate(2026, 12, 1));
        var late = plan.AddTask(Local2027, 4, "Stand", Someone, new LocalDate(2027, 8, 20));
        var p = plan.Phases;

        var refused = Assert.Throws<RuleViolation>(() => plan.Rearrange(Local2027,
            [(2, p[1].Name, p[1].From, p[1].To), (3, p[2].Name, p[2].From, p[2].To), (4, p[3].Name, p[3].From, p[3].To)], [early, late]));
        plan.Rearrange(Local2027, [(1, "Oppstart", new LocalDate(2026, 10, 1), p[0].To), (3, p[2].Name, new LocalDate(2027, 1, 1), p[2].To), (4, p[3].Name, p[3].From, p[3].To)],
            [early, late]);

        Assert.Contains("Fase 1 «Nominasjon og valgkampkomité» har oppgaver", refused.Message);
        Assert.Equal(["Oppstart", "Forberedelser og synlighet", "Valgkampen"], plan.Phases.Select(x => x.Name));
        Assert.Equal((1, 3), (early.Phase, late.Phase));
        Assert.Equal(new LocalDate(2026, 10, 1), plan.Phases[0].From);
    }

    [Fact]
    public void AdvanceVoting_From10August_ToTheLastFridayBeforeTheDay()
    {
        var voting = Local2027.AdvanceVoting();

        Assert.Equal((new LocalDate(2027, 8, 10), new LocalDate(2027, 9, 10)), (voting.Start, voting.End));
    }

    [Fact]
    public void Plan_PhasesThatOverlapOrEndAfterTheDay_AreRefused()
    {
        var overlap = Assert.Throws<RuleViolation>(() => new CampaignPlan(Local2027, County,
            [new CampaignPhase(1, "Før", new LocalDate(2027, 1, 1), new LocalDate(2027, 4, 1)), new CampaignPhase(2, "Etter", new LocalDate(2027, 3, 1), new LocalDate(2027, 9, 1))]));
        var late = Assert.Throws<RuleViolation>(() => new CampaignPlan(Local2027, County, [new CampaignPhase(1, "Lenge", new LocalDate(2027, 1, 1), new LocalDate(2027, 10, 1))]));

        Assert.Equal("Fase 2 begynner før fase 1 er slutt.", overlap.Message);
        Assert.Equal("Siste fase slutter etter valgdagen 13.9.2027.", late.Message);
    }

    [Fact]
    public void Plan_TaskInAPhaseItDoesNotHave_OrAfterTheDay_IsRefused()
    {
        var plan = new CampaignPlan(Local2027, County, CampaignTemplate.Phases(Local2027));

        Assert.Equal("Phase", Assert.Throws<RuleViolation>(() => plan.AddTask(Local2027, 5, "Feil fase", Someone, new LocalDate(2027, 5, 1))).Field);
        Assert.Equal("Fristen er etter valgdagen 13.9.2027.",
            Assert.Throws<RuleViolation>(() => plan.AddTask(Local2027, 4, "Evaluering", Someone, new LocalDate(2027, 9, 20))).Message);
        Assert.Equal(4, plan.AddTask(Local2027, 4, "Valgvake", Someone, Local2027.Day).Phase);
    }

    [Theory]
    [InlineData(-1, "2026-06-01", "Antallet kan ikke være under null.")]
    [InlineData(10, "2026-06-02", "En aktivitet føres når den er gjort, ikke fram i tid.")]
    [InlineData(10, "2025-09-12", "Datoen må ligge i de to årene før valgdagen 13.9.2027.")]
    public void Activity_BelowZero_Ahead_OrLongBefore_IsRefused(int count, string on, string message)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value;

        var refused = Assert.Throws<RuleViolation>(() =>
            new CampaignActivity(Local2027, County, CampaignActivityKind.Stand, day, count, null, "Liv", new LocalDate(2026, 6, 1)));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void Weeks_CountActivitiesByKind_AndKeepAQuietWeek()
    {
        var weeks = ActivityWeek.Of(
        [
            (new LocalDate(2027, 8, 16), CampaignActivityKind.Stand, 2, 60),
            (new LocalDate(2027, 8, 22), CampaignActivityKind.Leaflets, 1, 300),
            (new LocalDate(2027, 9, 1), CampaignActivityKind.Stand, 1, 25),
        ]);

        Assert.Equal([33, 34, 35], weeks.Select(w => w.Week));
        Assert.Equal([3, 0, 1], weeks.Select(w => w.Activities));
        Assert.Equal(300, weeks[0].Counts[CampaignActivityKind.Leaflets]);
        Assert.Equal(new LocalDate(2027, 8, 30), weeks[2].Monday);
    }
}
