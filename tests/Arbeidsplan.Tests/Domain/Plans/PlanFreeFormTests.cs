using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Plans;

/// <summary>Plans written without tables: numbered measures, goals with their figures, phases that carry time, a period in the title.</summary>
public sealed class PlanFreeFormTests
{
    [Fact]
    public void Parse_NumberedLinesWithOwnerAndTime_AreMeasuresNotChapters()
    {
        const string text = """
            Arbeidsplan 2027

            3. Valg
            3.1 Nominasjonsmøter i alle lokallag – Ansvar: Leder – innen 1. juli
            3.2 Valgkampskolering for listetoppene. Frist: 1. mai. Ansvarlig: Studieleder
            3.3 Stand på torget hver lørdag i august (Ansvar: Lokallagene)
            """;

        var plan = PlanDocument.Parse(text);

        var chapter = Assert.Single(plan.Chapters, c => c.Number == "3");
        Assert.Equal([("3.1", "Nominasjonsmøter i alle lokallag", "Leder", "innen 1. juli"), ("3.2", "Valgkampskolering for listetoppene", "Studieleder", "frist 1. mai"),
            ("3.3", "Stand på torget hver lørdag i august", "Lokallagene", null)],
            chapter.Measures.Select(m => (m.Code!, m.Text, m.Owner!, m.Timing)).ToList());
        Assert.DoesNotContain(plan.Chapters, c => c.Number == "3.1");
        // "Frist: 1. mai" is the measure's deadline, not its day.
        Assert.Equal(TimingKind.Deadline, TimingParser.Parse(chapter.Measures.Single(m => m.Code == "3.2").Timing!, PlanPeriod.Year(2027)).Kind);
    }

    [Fact]
    public void Parse_ThreeNumberedLinesInARowWithNothingBetween_AreAListOfMeasures()
    {
        const string text = "Arbeidsplan 2027\n\n2. Organisasjon\nFylkeslaget følger opp lagene.\n\n2.1 Regionmøter i alle regioner\n2.2 Besøk i lokallag uten styre\n2.3 Styreseminar\n\n3. Studier\nTekst om studier.\n";

        var plan = PlanDocument.Parse(text);

        Assert.Equal(["2.1", "2.2", "2.3"], plan.Chapters.Single(c => c.Number == "2").Measures.Select(m => m.Code!).ToList());
        Assert.Equal(["2", "3"], plan.Chapters.Where(c => c.Number is not null).Select(c => c.Number!).ToList());
    }

    [Fact]
    public void Parse_TwoSectionsWithText_StayChapters()
    {
        var plan = PlanDocument.Parse("1. Organisasjon\n1.1 Målsettinger\nAlle lag skal vokse.\n1.2 Tiltak\n• Verving.\n");

        Assert.Equal(["1", "1.1", "1.2"], plan.Chapters.Select(c => c.Number!).ToList());
    }

    [Theory]
    [InlineData("Lokallagene skal verve 50 nye medlemmer.", "Nye medlemmer", 50, null, IndicatorSource.Manual)]
    [InlineData("Minst 30 personer deltar på tirsdagsmøtene.", "Deltakere per møte", 30, null, IndicatorSource.MeetingAttendance)]
    [InlineData("Minst 30 personer skal delta på sommerfesten.", "Deltakere", 30, null, IndicatorSource.Manual)]
    [InlineData("Vi skal levere lister i 22 kommuner ved valget.", "Lister levert", 22, null, IndicatorSource.ListsFiled)]
    [InlineData("Fylkeslaget skal stille tjue lister til kommunevalget.", "Lister levert", 20, null, IndicatorSource.ListsFiled)]
    [InlineData("Vi skal ha lokallag i 15 kommuner.", "Kommuner", 15, null, IndicatorSource.Manual)]
    [InlineData("Vi skal ha minst fire representanter til fylkestinget.", "Representanter", 4, null, IndicatorSource.Manual)]
    [InlineData("Målet er 1200 betalende medlemmer per 31.12.2027.", "Betalende medlemmer", 1200, "2027-12-31", IndicatorSource.MemberStatistics)]
    [InlineData("Fylkeslaget skal ha 400 studietimer i 2027.", "Studietimer", 400, "2027-12-31", IndicatorSource.StudyStatistics)]
    public void Parse_GoalWithACountTheSystemKnows_GetsItAsTheTarget(string sentence, string name, int target, string? on, IndicatorSource source)
    {
        var plan = PlanDocument.Parse($"Arbeidsplan 2027\n\n1. Mål\n{sentence}\n");

        var indicator = plan.Chapters.Single(c => c.Number == "1").Goals.Single().Indicator!;
        Assert.Equal((name, (decimal?)target, (decimal?)null, source), (indicator.Name, indicator.Target, indicator.Baseline, indicator.Source));
        Assert.Equal(on is null ? null : LocalDate.FromDateTime(DateTime.Parse(on, System.Globalization.CultureInfo.InvariantCulture)), indicator.TargetOn);
    }

    [Theory]
    [InlineData("Målet er 100 netto nye medlemmer i 2027.", 100)]
    [InlineData("Styret skal ha fem medlemmer.", null)]
    public void Parse_NumberWordsInsideWordsOrABoardsSize_AreNoTarget(string sentence, int? target)
    {
        var plan = PlanDocument.Parse($"Arbeidsplan 2027\n\n1. Organisasjon\n{sentence}\n");

        Assert.Equal(target, (int?)plan.Chapters.SelectMany(c => c.Goals).SingleOrDefault()?.Indicator?.Target);
    }

    [Fact]
    public void Parse_AParagraphOfAMillionDigitGroups_IsReadAsText()
    {
        var text = "1. Organisasjon\n" + string.Concat(Enumerable.Repeat("1 111 ", 160_000)) + "medlemmer\n";

        var plan = PlanDocument.Parse(text);

        Assert.Empty(plan.Chapters.SelectMany(c => c.Goals));
    }

    [Fact]
    public void Parse_CountDatedBeforeThePlan_IsTheBaseline_AndFromToGivesBoth()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n1. Medlemmer\nVi hadde 955 betalende medlemmer per 31.12.2025.\n\n2. Mål\nVi skal gå fra 955 til 1 200 betalende medlemmer innen 2027.\n");

        var baseline = plan.Chapters.Single(c => c.Number == "1").Goals.Single().Indicator!;
        Assert.Equal((955m, (decimal?)null), (baseline.Baseline!.Value, baseline.Target));
        var both = plan.Chapters.Single(c => c.Number == "2").Goals.Single().Indicator!;
        Assert.Equal((955m, 1200m, new LocalDate(2027, 12, 31)), (both.Baseline!.Value, both.Target!.Value, both.TargetOn!.Value));
    }

    [Fact]
    public void Parse_ATargetAmongTheMeasures_IsAGoalNotAMeasure()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\nTiltak\n• Skal verve 50 nye medlemmer.\n• Vervekampanje i mars.\n");

        var chapter = plan.Chapters.Single(c => c.Title == "Tiltak");
        Assert.Equal(50, chapter.Goals.Single().Indicator!.Target);
        Assert.Equal("Vervekampanje i mars.", chapter.Measures.Single().Text);
    }

    [Theory]
    [InlineData("Før sommeren", "Før sommeren")]
    [InlineData("Fase 2: januar–mars", "januar–mars")]
    [InlineData("Vårhalvåret (januar–juni)", "januar–juni")]
    public void Parse_APhaseHeading_GivesItsTimeToTheMeasuresUnderIt(string heading, string timing)
    {
        var plan = PlanDocument.Parse($"Arbeidsplan 2027\n\n1. Valgkamp\nTekst.\n{heading}\n• Kandidatskolering.\n• Valgkampplan i alle lag.\n");

        Assert.All(plan.Chapters.SelectMany(c => c.Measures), m => Assert.Equal(timing, m.Timing));
        Assert.Equal(2, plan.MeasureCount);
    }

    [Fact]
    public void Parse_UnnumberedDatePlanInANumberedPlan_IsAChapterOfText_NotMeasures()
    {
        const string text = "Arbeidsplan 2027\n\n1. Organisasjon\nTekst.\n2. Tiltak\n• Vervekampanje.\n3. Studier\nTekst.\n\nDatoplan 2027\nJanuar\n• 15. Fylkesstyremøte\n• 28. Lokallagsledersamling\n";

        var plan = PlanDocument.Parse(text);

        Assert.Equal("Datoplan 2027", plan.Chapters[^1].Title);
        Assert.Equal(["Vervekampanje."], plan.Chapters.SelectMany(c => c.Measures).Select(m => m.Text).ToList());
    }

    [Theory]
    [InlineData("Arbeidsplan 2025-2028", 2025, 2028)]
    [InlineData("Handlingsplan 2025–28 for Vestland", 2025, 2028)]
    [InlineData("Arbeidsplan 2026", 2026, null)]
    public void Parse_PeriodInTheTitle_GivesBothYears(string title, int from, int? to)
    {
        var plan = PlanDocument.Parse($"{title}\n\n1. Organisasjon\nTekst.\n");

        Assert.Equal((from, to), (plan.Year!.Value, plan.ToYear));
    }
}
