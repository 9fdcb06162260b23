using Arbeidsplan.Domain.DatePlan;

namespace Arbeidsplan.Tests.Domain.DatePlan;

public sealed class ActivityPlanTableTests
{
    [Fact]
    public void Read_MonthsWithAColumnForEachKindOfYear_GivesTheActivitiesOfBothTemplates()
    {
        const string text = """
            Aktivitetsplan
            Måned	Kommunevalgår	Mellomår
            Januar	Årsmøter i lokallagene; 20. Nominasjonsmøte	Årsmøter i lokallagene
            Februar	Kandidatskolering	–
            	Valgkampplan i alle lag
            September	13. Valgdagen	Studiering
            """;

        var read = ActivityPlanTable.Read(text);

        var election = read.Items.Where(i => i.YearType == YearType.ElectionYear).Select(i => (i.Month, i.Day, i.Title)).ToList();
        Assert.Equal([(1, null, "Årsmøter i lokallagene"), (1, 20, "Nominasjonsmøte"), (2, null, "Kandidatskolering"), (2, null, "Valgkampplan i alle lag"), (9, 13, "Valgdagen")], election);
        Assert.Equal(["Årsmøter i lokallagene", "Studiering"], read.Items.Where(i => i.YearType == YearType.MidTerm).Select(i => i.Title).ToList());
        Assert.Equal(("Kommunevalgår", "Mellomår"), (read.ElectionName, read.MidTermName));
        Assert.Empty(read.Problems);
    }

    [Theory]
    [InlineData("Måned | Aktivitet\nJanuar | Årsmøter", "Fant ingen overskrift")]
    [InlineData("| Valgår | Mellomår\n| Kandidatskolering | Studiering", "ingen måned")]
    [InlineData("Måned | Valgår | Mellomår\nFebruar | 30. Årsmøte | Studiering", "har ikke dag 30")]
    public void Read_WithoutItsColumnsOrAMonth_SaysWhyByLine(string text, string said)
    {
        var read = ActivityPlanTable.Read(text);

        Assert.Contains(read.Problems, p => p.Problem.Contains(said, StringComparison.Ordinal));
    }
}
