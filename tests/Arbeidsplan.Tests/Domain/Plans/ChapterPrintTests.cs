using Arbeidsplan.Domain.Plans;

namespace Arbeidsplan.Tests.Domain.Plans;

public sealed class ChapterPrintTests
{
    [Fact]
    public void Goals_AreNotPrintedTwice_AndEmptyLeadInsAreLeftOut()
    {
        var blocks = ChapterPrint.Blocks("Alle lokallag skal ha medlemsvekst i 2026.\n\nFylkesstyret følger opp planen.\n\nFase 2: januar–mars:\n\nFase 3: april–juni:",
            ["Alle lokallag skal ha medlemsvekst i 2026"]);

        Assert.Equal(["Fylkesstyret følger opp planen."], blocks.Select(b => b.Paragraph));
    }

    [Fact]
    public void DatePlanLines_BecomeOneTable_WithEachCellInItsColumn()
    {
        var blocks = ChapterPrint.Blocks("Datoene for året:\n\nMåned | Dato | Aktivitet\n\nJanuar | Lokallagsårsmøter\n\n13.-14. | Kandidatskolering\n\nFebruar | 15.-16. | Fylkesårsmøte", []);

        var table = Assert.Single(blocks, b => b.IsTable);
        Assert.Equal(["Måned", "Dato", "Aktivitet"], table.Header);
        Assert.Equal([["Januar", "", "Lokallagsårsmøter"], ["", "13.-14.", "Kandidatskolering"], ["Februar", "15.-16.", "Fylkesårsmøte"]], table.Rows);
        Assert.Equal("Datoene for året:", blocks[0].Paragraph);
        Assert.DoesNotContain(blocks, b => b.Paragraph?.Contains('|') == true);
    }
}
