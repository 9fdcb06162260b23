using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Tests.Domain.Plans;

/// <summary>Measure tables in the shapes plans come in: each column in its place whatever the header looks like, or the doubt said.</summary>
public sealed class PlanTableTests
{
    private const string BlankFirstHeader = "Arbeidsplan 2027\n\n1. Organisasjon\n\n\tTiltak\tGjennomføring\n"
        + "1.1\tNominasjonsmøter i alle lokallag\tinnen 1. juli\n1.2\tStyreseminar for nye styrer\tMars\n1.3\tRegionmøter\tHøsten\n";

    [Fact]
    public void Parse_BlankFirstHeaderCell_KeepsCodeMeasureAndTimingInTheirColumns()
    {
        var plan = PlanDocument.Parse(BlankFirstHeader);

        var measures = plan.Chapters.Single(c => c.Number == "1").Measures;
        Assert.Equal([("1.1", "Nominasjonsmøter i alle lokallag", "innen 1. juli"), ("1.2", "Styreseminar for nye styrer", "Mars"), ("1.3", "Regionmøter", "Høsten")],
            measures.Select(m => (m.Code!, m.Text, m.Timing!)).ToList());
        var table = plan.Tables.Single();
        Assert.Equal([ColumnRole.Code, ColumnRole.Measure, ColumnRole.Timing], table.Roles);
        Assert.Null(table.Doubt);
    }

    [Fact]
    public void Parse_WordTableWithBlankFirstHeaderCell_KeepsEveryColumnInItsPlace()
    {
        using var file = new MemoryStream(PlanFixtures.BlankHeaderDocx());

        var plan = PlanDocument.Parse(DocxText.Read(file));

        var measure = plan.Chapters.Single(c => c.Number == "3").Measures[0];
        Assert.Equal(("3.1", "Nominasjonsmøter i alle lokallag", "innen 1. juli"), (measure.Code, measure.Text, measure.Timing));
    }

    [Fact]
    public void Parse_WordTableWithMergedCells_KeepsEveryColumnInItsPlace_AndGivesAMergedOwnerToEachRow()
    {
        using var file = new MemoryStream(PlanFixtures.MergedHeaderDocx());

        var plan = PlanDocument.Parse(DocxText.Read(file));

        var measures = plan.Chapters.Single(c => c.Number == "3").Measures;
        Assert.Equal([("3.1", "Nominasjonsmøter i alle lokallag", "Leder", "innen 1. juli"), ("3.2", "Skolering av listetopper", "Leder", "Oktober"), ("3.3", "Valgkampåpning", "Sekretær", "August")],
            measures.Select(m => (m.Code!, m.Text, m.Owner!, m.Timing!)).ToList());
        Assert.Null(plan.Tables.Single().Doubt);
    }

    [Fact]
    public void Parse_HeaderShorterThanItsRows_IsAlignedWhereTheRowsAgree()
    {
        var plan = PlanDocument.Parse(BlankFirstHeader.Replace("\n\tTiltak", "\nTiltak"));

        var measure = plan.Chapters.Single(c => c.Number == "1").Measures[0];
        Assert.Equal(("1.1", "Nominasjonsmøter i alle lokallag", "innen 1. juli"), (measure.Code, measure.Text, measure.Timing));
        Assert.Null(plan.Tables.Single().Doubt);
    }

    [Theory]
    [InlineData("| | Tiltak | Ansvar | Gjennomføring |\n|---|---|---|---|\n| 2.1 | Vervekampanje | Leder | innen 1. juli |\n| 2.2 | Skolering av nye styrer | Studieleder | Mars |")]
    [InlineData("Nr    Tiltak                    Ansvar        Gjennomføring\n2.1   Vervekampanje             Leder         innen 1. juli\n2.2   Skolering av nye styrer   Studieleder   Mars")]
    [InlineData("\tTiltak\tAnsvar\tGjennomføring\n2.1\tVervekampanje\tLeder\tinnen 1. juli\n2.2\tSkolering av nye styrer\tStudieleder\tMars")]
    public void Parse_PipeSpaceAndTabTables_ReadAlike(string table)
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n2. Tiltak\n\n" + table + "\n");

        var measures = plan.Chapters.Single(c => c.Number == "2").Measures;
        Assert.Equal([("2.1", "Vervekampanje", "Leder", "innen 1. juli"), ("2.2", "Skolering av nye styrer", "Studieleder", "Mars")],
            measures.Select(m => (m.Code!, m.Text, m.Owner!, m.Timing!)).ToList());
    }

    [Fact]
    public void Parse_TableWithoutHeader_WithACodeColumn_IsReadAsMeasuresByItsContent()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n3. Studier\n\n3.1\tStudiering i alle lag\tFebruar\n3.2\tKurs for tillitsvalgte\tinnen 1. mai\n");

        Assert.Equal(["3.1", "3.2"], plan.Chapters.Single(c => c.Number == "3").Measures.Select(m => m.Code!).ToList());
        Assert.Equal([ColumnRole.Code, ColumnRole.Measure, ColumnRole.Timing], plan.Tables.Single().Roles);
    }

    [Fact]
    public void Parse_TableWithoutHeaderOrCodes_StaysTextAndIsListedForTheUser()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n4. Datoplan\n\n15. januar\tFylkesstyremøte\n12. mars\tÅrsmøte\n");

        Assert.Empty(plan.Chapters.SelectMany(c => c.Measures));
        Assert.Contains("15. januar | Fylkesstyremøte", plan.Chapters.Single(c => c.Number == "4").Text);
        Assert.False(plan.Tables.Single().IsMeasureTable);
    }

    [Fact]
    public void Parse_AColumnWithContentNoRoleUses_IsADoubt()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n1. Tiltak\n\nNr\tTiltak\tBudsjett\n1.1\tVervekampanje\t5 000 kr\n1.2\tSommeravslutning\t12 000 kr\n");

        Assert.Contains("Kolonne 3", plan.Tables.Single().Doubt);
    }

    [Fact]
    public void Parse_RolesThatReadCodesAsMeasures_AreADoubt()
    {
        var choices = Choose(1, ColumnRole.Measure, ColumnRole.Timing, ColumnRole.Ignore);

        var plan = PlanDocument.Parse(BlankFirstHeader, choices);

        var table = plan.Tables.Single();
        Assert.Equal(ColumnSource.Chosen, table.Source);
        Assert.Contains("ser ut som koder", table.Doubt);
        Assert.Contains("ikke blir brukt", table.Doubt);
    }

    [Fact]
    public void Parse_ChosenRoles_ReplaceTheGuess()
    {
        var plan = PlanDocument.Parse(BlankFirstHeader, Choose(1, ColumnRole.Code, ColumnRole.Measure, ColumnRole.Comment));

        Assert.Equal("Nominasjonsmøter i alle lokallag Merknad: innen 1. juli", plan.Chapters.Single(c => c.Number == "1").Measures[0].Text);
        Assert.Null(plan.Chapters.Single(c => c.Number == "1").Measures[0].Timing);
    }

    [Fact]
    public void Parse_RolesRememberedForTheHeader_AreUsedForTheNextPlanOfThatShape()
    {
        var key = TableColumns.HeaderKey(["", "Tiltak", "Gjennomføring"]);
        var remembered = new ColumnChoices(new Dictionary<int, IReadOnlyList<ColumnRole>>(),
            new Dictionary<string, IReadOnlyList<ColumnRole>> { [key] = [ColumnRole.Code, ColumnRole.Measure, ColumnRole.Goal] });

        var plan = PlanDocument.Parse(BlankFirstHeader, remembered);

        Assert.Equal(ColumnSource.Remembered, plan.Tables.Single().Source);
        Assert.Equal("Regionmøter Mål: Høsten", plan.Chapters.Single(c => c.Number == "1").Measures[2].Text);
    }

    [Fact]
    public void Parse_RepeatedHeaderAtAPageBreak_ContinuesTheTable()
    {
        var text = BlankFirstHeader + "Side 2 av 3\n\tTiltak\tGjennomføring\n1.4\tSommeravslutning\tJuni\n";

        var plan = PlanDocument.Parse(text);

        Assert.Equal(4, plan.Chapters.Single(c => c.Number == "1").Measures.Count);
        Assert.Equal(4, plan.Tables.Single().RowCount);
    }

    [Fact]
    public void Parse_AHeadingTypedWithATab_IsNoMeasureTable()
    {
        var plan = PlanDocument.Parse("Arbeidsplan 2027\n\n2. Organisasjon\n2.1\tOrganisasjonsutvikling\nFylkeslaget følger opp lagene.\n");

        Assert.Empty(plan.Chapters.SelectMany(c => c.Measures));
    }

    [Fact]
    public void Parse_DatePlanTableAfterAMeasureTable_StaysText()
    {
        const string text = "Arbeidsplan 2027\n\n2. Tiltak\nNr\tTiltak\tAnsvar\n2.1\tVervekampanje\tLeder\n2.2\tStyreseminar\tLeder\n\nDatoplan 2027\nJanuar\n15.\tFylkesstyremøte\tLeder\n";

        var plan = PlanDocument.Parse(text);

        Assert.Equal(["2.1", "2.2"], plan.Chapters.SelectMany(c => c.Measures).Select(m => m.Code!).ToList());
    }

    [Fact]
    public void Parse_ALineOfSixtyColumns_IsTextNotATable()
    {
        var plan = PlanDocument.Parse("1. Tiltak\nNr\tTiltak" + string.Concat(Enumerable.Repeat("\tTid", 60)) + "\n1.1\tVerving\n");

        Assert.All(plan.Tables, t => Assert.True(t.Roles.Count <= TableColumns.MaxColumns));
        Assert.Contains("Tid", plan.Chapters[0].Text);
    }

    private static ColumnChoices Choose(int table, params ColumnRole[] roles) =>
        new(new Dictionary<int, IReadOnlyList<ColumnRole>> { [table] = roles }, new Dictionary<string, IReadOnlyList<ColumnRole>>());
}
