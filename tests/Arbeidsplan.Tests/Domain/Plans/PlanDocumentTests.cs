using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class PlanDocumentTests
{
    [Fact]
    public void Parse_PdfExportWithMarginNumbersAndTables_GivesChaptersAndCodedMeasures()
    {
        var plan = PlanDocument.Parse(PlanFixtures.Coded2026);

        Assert.Equal("Arbeidsplan 2026", plan.Title);
        Assert.Equal(2026, plan.Year);
        Assert.Equal(["1", "1.1", "1.2"], plan.Chapters.Select(c => c.Number!).ToList());
        Assert.Equal("Fylkeslaget skal støtte lokallaga gjennom hele året, og regionkontaktene følger opp hvert lag.", plan.Chapters[0].Text);
        var measure = plan.Chapters[1].Measures[0];
        Assert.Equal(("1.1a", "Vervekampanje i alle lokallag", "Fylkesstyret", "innen 1. juli 2026"), (measure.Code, measure.Text, measure.Owner, measure.Timing));
        Assert.Contains("snarest", plan.Chapters[1].Measures[1].Doubt);
    }

    [Fact]
    public void Parse_MarkdownWithLeadingMarginNumbers_StripsThemAndJoinsWrappedBullets()
    {
        const string text = """
            # 1 Arbeidsplan 2025

            ## 2 **1. Innledning**
            3 Arbeidsplanen er et redskap for fylkeslaget og lokallaga gjennom hele
            4 året som kommer.

            ### 5 **1.1 Målsettinger**
            6 Alle lokallag skal ha medlemsvekst i 2025.

            ## 7 **2. Tiltak 2025**
            - 8 • Sette mål for medlemsvekst og arbeide aktivt med
            - 9 medlemsverving. Ansvar: Organisatorisk nestleder
            - 10 • Hvert lokallag gjennomfører minst én studiering i løpet av året.
            """;

        var plan = PlanDocument.Parse(text);

        Assert.Equal(["1", "1.1", "2"], plan.Chapters.Select(c => c.Number!).ToList());
        Assert.Equal("Arbeidsplanen er et redskap for fylkeslaget og lokallaga gjennom hele året som kommer.", plan.Chapters[0].Text);
        Assert.Equal("Alle lokallag skal ha medlemsvekst i 2025.", plan.Chapters[1].Goals.Single().Text);
        var measures = plan.Chapters[2].Measures;
        Assert.Equal("Sette mål for medlemsvekst og arbeide aktivt med medlemsverving.", measures[0].Text);
        Assert.Equal("Organisatorisk nestleder", measures[0].Owner);
        Assert.Equal("i løpet av året", measures[1].Timing);
    }

    [Fact]
    public void Parse_PlainHeadingsAndCategories_BecomeChaptersAndMeasureCategories()
    {
        const string text = """
            Handlingsplan 2026

            Tirsdagsmøter
            Fylkeslaget holder digitale morgenmøter.
            ● Ha et mål om at minst 30 personer deltar på morgenmøtene.

            Tiltak
            Organisasjonsutvikling
            • Regionmøter i alle regioner.
            Medlemsarbeid
            • Felles vervekampanje.
            """;

        var plan = PlanDocument.Parse(text);

        Assert.Equal(["Tirsdagsmøter", "Tiltak"], plan.Chapters.Select(c => c.Title).ToList());
        Assert.Equal("Ha et mål om at minst 30 personer deltar på morgenmøtene.", plan.Chapters[0].Goals.Single().Text);
        Assert.Equal(["Organisasjonsutvikling", "Medlemsarbeid"], plan.Chapters[1].Measures.Select(m => m.Category!).ToList());
    }

    [Fact]
    public void Parse_TableRowWhoseMeasureStartsWithTheWordTiltak_IsAMeasureNotAHeader()
    {
        var plan = PlanDocument.Parse("1. Tiltak\nNr\tTiltak\tAnsvar\n1.1\tTiltak for verving\tLeder\n1.2\tTiltaksplan for studier\tStudieleder\n");

        Assert.Equal(["Tiltak for verving", "Tiltaksplan for studier"], plan.Chapters.Single().Measures.Select(m => m.Text).ToList());
    }

    [Fact]
    public void Parse_CountAtADate_IsReadAsAGoalBaseline()
    {
        var plan = PlanDocument.Parse("2.2 Medlemspleie og verving\nHedmark Senterparti hadde 955 betalende medlemmer per 31.12.2025, 79 færre enn året før.\n");

        var goal = plan.Chapters.Single().Goals.Single();
        Assert.Equal("955 betalende medlemmer per 31.12.2025", goal.Text);
        Assert.Equal(955, goal.Indicator!.Baseline);
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 31), goal.Indicator.BaselineOn);
        Assert.NotNull(goal.Doubt);
    }

    [Fact]
    public void Parse_DatePlanRows_AreKeptAsTextNotChapters()
    {
        var plan = PlanDocument.Parse("1. Innledning\nTekst.\n7. Datoplan 2026\nJanuar\n20. Fylkesstyremøte Hedmark\n21. Fylkesstyremøte Oppland\n");

        Assert.Equal(["1", "7"], plan.Chapters.Select(c => c.Number!).ToList());
        Assert.Contains("20. Fylkesstyremøte Hedmark", plan.Chapters[1].Text);
    }

    [Fact]
    public void Parse_SeedPlans_WhenPresent_FindTheirStructure()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/seeds");
        if (!Directory.Exists(seeds))
        {
            return;
        }
        var plan2026 = PlanDocument.Parse(File.ReadAllText(Path.Combine(seeds, "001_e23d4d65bad87429.txt")));
        Assert.Contains(plan2026.Chapters, c => c.Number == "2.1" && c.Title == "Målsettinger");
        var tiltak = plan2026.Chapters.Single(c => c.Title.StartsWith("Tiltak", StringComparison.Ordinal));
        Assert.Contains("Organisasjonsutvikling", tiltak.Measures.Select(m => m.Category));
        Assert.Contains(plan2026.Chapters.SelectMany(c => c.Goals), g => g.Indicator?.Baseline == 955);
    }
}
