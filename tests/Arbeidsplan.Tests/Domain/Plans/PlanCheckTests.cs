using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class PlanCheckTests
{
    private static readonly PlanPeriod Year2026 = PlanPeriod.Year(2026);

    [Theory]
    [InlineData("Det viktigste arbeidet fra fylkeslagets side i 2025 blir å støtte lokallaga.", true)]
    [InlineData("Det holdes en samling i løpet av høsten 2025.", true)]
    [InlineData("Etter stortingsvalget i 2025 har fylket én representant.", false)]
    [InlineData("Dette ble endret etter stortingsvalget 2025.", false)]
    [InlineData("Fylket hadde per. 31.12.2025 955 betalende medlemmer.", false)]
    [InlineData("Fylkestingsprogrammet for perioden 2023 – 2027 gjelder.", false)]
    [InlineData("Alle lokallag skal ha medlemsvekst i 2026.", false)]
    [InlineData("Lokallagene sender årsmelding 2024 til fylkeskontoret.", true)]
    [InlineData("Vi skal arrangere sommerkurs i 2028.", true)]
    [InlineData("Kommunevalget 2027 blir det viktigste vi forbereder.", false)]
    [InlineData("Handlingsprogrammet 2025–2029 ligger til grunn.", false)]
    [InlineData("Målet er 1200 betalende medlemmer per 31.12.2027.", false)]
    public void Run_YearOutsideThePlanPeriodInProse_IsFlaggedUnlessItTellsOfThePastOrWhatIsToCome(string text, bool flagged)
    {
        var findings = PlanCheck.Run(Content(chapters: [Chapter("2", "Organisasjon", text)]));

        Assert.Equal(flagged, findings.Any(f => f.Kind == FindingKind.StaleYear));
    }

    [Theory]
    [InlineData("Regionmøte", "2024", "«2024»")]
    [InlineData("Regionmøte", "Mars 2024", "«2024»")]
    [InlineData("Regionmøte", "2024 og 2026", "«2024»")]
    [InlineData("Forberede valget 2023", "Høsten", "«2023»")]
    [InlineData("Kommunevalget", "September 2029", "etter planperioden")]
    [InlineData("Vervekampanje med 955 betalende per 31.12.2025 som utgangspunkt", "Mars", null)]
    [InlineData("Regionmøte", "Mars 2026", null)]
    public void Run_MeasureDatedOutsideThePeriod_IsFlaggedInAnyForm(string text, string timing, string? said)
    {
        var findings = PlanCheck.Run(Content(measures: [Measure(text, "Leder", timing)])).Where(f => f.Kind == FindingKind.StaleYear).ToList();

        if (said is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(said, Assert.Single(findings).Message);
        }
    }

    [Fact]
    public void Run_OneStudyCircleWithTwoDeadlines_IsFlaggedInEachPlace()
    {
        var a = Chapter("2.1", "Målsettinger", "Alle lokallag skal gjennomføre studieringen «Hvem skal lede – Arbeidet i valg og nominasjonskomite innen 1.juli.");
        var b = Chapter("4", "Skolering", "Alle lokallaga gjennomfører studieringen «Hvem skal lede – Arbeidet i valg og nominasjonskomite» innen 1.mai.");
        var c = Chapter("4.1", "Studiearbeid", "Studieringen «Det grønne hjulet» innen 1. mai.");

        var findings = PlanCheck.Run(Content(chapters: [a, b, c])).Where(f => f.Kind == FindingKind.ConflictingDeadlines).ToList();

        Assert.Equal([a.Id, b.Id], findings.Select(f => f.PlaceId).ToList());
        Assert.Contains("1. juli 2026", findings[0].Message);
        Assert.Contains("1. mai 2026", findings[0].Message);
    }

    [Fact]
    public void Run_NumberingThatJumpsOrRepeats_IsFlagged()
    {
        var chapters = new[] { Chapter("2", "A"), Chapter("2.3", "B"), Chapter("2.3.1", "C"), Chapter("2.5", "D"), Chapter("2.6", "E"), Chapter("2.6", "F"), Chapter("3", "G") };

        var findings = PlanCheck.Run(Content(chapters: chapters)).Where(f => f.Kind == FindingKind.Numbering).Select(f => f.Message).ToList();

        Assert.Equal(["Nummereringen hopper fra 2 til 2.3.", "Nummereringen hopper fra 2.3.1 til 2.5.", "Nummer 2.6 er brukt mer enn én gang."], findings);
    }

    [Fact]
    public void Run_MeasuresWithoutOwnerOrTiming_AndGoalsWithoutMeasures_AreFlagged()
    {
        var goal = new GoalItem(Guid.NewGuid(), null, null, "Liste i alle kommuner");
        var linked = new GoalItem(Guid.NewGuid(), null, null, "Medlemsvekst");
        var measures = new[]
        {
            Measure("Uten alt", owner: null, timing: ""),
            Measure("Ukjent eier", owner: "Komiteen for alt", known: false, timing: "Mars", goals: [linked.Id]),
            Measure("Uforståelig tid", owner: "Leder", timing: "snarest", understood: false),
        };

        var kinds = PlanCheck.Run(Content(goals: [goal, linked], measures: measures)).Select(f => (f.Kind, f.PlaceLabel)).ToList();

        Assert.Contains((FindingKind.MissingOwner, "Uten alt"), kinds);
        Assert.Contains((FindingKind.MissingTiming, "Uten alt"), kinds);
        Assert.Contains((FindingKind.UnknownOwner, "Ukjent eier"), kinds);
        Assert.Contains((FindingKind.TimingNotUnderstood, "Uforståelig tid"), kinds);
        Assert.Contains((FindingKind.GoalWithoutMeasures, "Liste i alle kommuner"), kinds);
        Assert.DoesNotContain((FindingKind.GoalWithoutMeasures, "Medlemsvekst"), kinds);
    }

    [Fact]
    public void Diff_WordLevel_ShowsWhatWasAddedRemovedAndChanged()
    {
        var kept = Chapter("1", "Innledning", "Året er et mellomvalgår.");
        var older = Content(chapters: [kept, Chapter("2", "Gammelt")], measures: [Measure("Regionmøte i nord", "Leder", "Mars")]);
        var newer = Content(
            chapters: [kept with { Id = Guid.NewGuid(), OriginId = kept.Id, Text = "Året er et valgår." }, Chapter("3", "Nytt")],
            measures: [Measure("Regionmøte i nord og sør", "Leder", "Mars")]);

        var diff = PlanDiff.Compare(older, newer);

        var chapter = diff.Single(d => d.Place == PlaceKind.Chapter && d.Kind == ChangeKind.Changed);
        Assert.Contains(new WordRun(ChangeKind.Removed, "mellomvalgår."), chapter.Words);
        Assert.Contains(new WordRun(ChangeKind.Added, "valgår."), chapter.Words);
        Assert.Contains(diff, d => d is { Kind: ChangeKind.Added, Label: "3 Nytt" });
        Assert.Contains(diff, d => d is { Kind: ChangeKind.Removed, Label: "2 Gammelt" });
        Assert.Contains(new WordRun(ChangeKind.Added, "og sør"), diff.Single(d => d.Place == PlaceKind.Measure).Words);
    }

    [Theory]
    [InlineData("innen 1. juli 2026", false, "innen 1. juli 2027")]
    [InlineData("tirsdag 17. mars 2026", false, "tirsdag 23. mars 2027")] // Tuesday of ISO week 12, as the date plan copies it
    [InlineData("17. mars 2026", true, "23. mars 2027")]
    [InlineData("Mars, årlig", false, "Mars, årlig")]
    [InlineData("Første halvår 2026", false, "Første halvår 2027")]
    [InlineData("kommunevalget 2027", false, "kommunevalget 2027")]
    public void ShiftTiming_ByOneYear_MovesDatesAndKeepsMeetingWeekdays(string text, bool meeting, string expected)
    {
        Assert.Equal(expected, YearText.ShiftTiming(text, 1, Year2026, meeting));
    }

    [Fact]
    public void RollOver_PlanOfOneYear_IsADraftForTheNextYear()
    {
        var plan = new Plan(Guid.NewGuid(), "Arbeidsplan 2026", PlanKind.Annual, Year2026);
        plan.Adopt("Fylkesårsmøtet", new LocalDate(2026, 2, 15));

        var next = plan.RollOver();

        Assert.Equal("Arbeidsplan 2027", next.Title);
        Assert.Equal(PlanPeriod.Year(2027), next.Period);
        Assert.Equal(PlanState.Draft, next.State);
        Assert.Equal(plan.Id, next.RolledOverFromId);
        Assert.Equal(PlanPeriod.Years(2029, 2032), new Plan(Guid.NewGuid(), "Periodeplan 2025–2028", PlanKind.Period, PlanPeriod.Years(2025, 2028)).RollOver().Period);
    }

    [Fact]
    public void Lifecycle_OutOfOrder_IsRefusedInNorwegian()
    {
        var plan = new Plan(Guid.NewGuid(), "Plan", PlanKind.Annual, Year2026);
        Assert.Throws<Arbeidsplan.Domain.Common.RuleViolation>(plan.Revise);
        plan.Propose();
        Assert.Throws<Arbeidsplan.Domain.Common.RuleViolation>(plan.Propose);
        plan.Adopt("Årsmøtet", new LocalDate(2026, 2, 15));
        var again = Assert.Throws<Arbeidsplan.Domain.Common.RuleViolation>(() => plan.Adopt("Årsmøtet", new LocalDate(2026, 3, 1)));
        Assert.Equal("Planen er allerede vedtatt. Revider den i stedet.", again.Message);
    }

    [Fact]
    public void Progress_RollsUpStatuses_DroppedDoesNotCount_IndicatorMeasuresTowardTarget()
    {
        Assert.Equal(0.5, Progress.Of([MeasureStatus.Done, MeasureStatus.NotStarted, MeasureStatus.Dropped]));
        Assert.Null(Progress.Of([MeasureStatus.Dropped]));
        var indicator = new Indicator("Betalende medlemmer", "medlemmer", 955, new LocalDate(2025, 12, 31), 1000, new LocalDate(2026, 12, 31), 973);
        Assert.Equal(0.4, indicator.Progress!.Value, 3);
    }

    private static ChapterItem Chapter(string number, string title, string? text = null) => new(Guid.NewGuid(), null, number, title, text);

    private static MeasureItem Measure(string text, string? owner, string timing, bool known = true, bool understood = true, Guid[]? goals = null) =>
        new(Guid.NewGuid(), null, null, null, text, null, owner, owner is not null && known, timing, understood, understood ? null : "forstod ikke", MeasureStatus.NotStarted, goals ?? []);

    private static PlanContent Content(ChapterItem[]? chapters = null, GoalItem[]? goals = null, MeasureItem[]? measures = null) =>
        new("Arbeidsplan 2026", Year2026, chapters ?? [], goals ?? [], measures ?? []);
}
