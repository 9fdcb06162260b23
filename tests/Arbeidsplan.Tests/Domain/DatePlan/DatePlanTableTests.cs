using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.DatePlan;

public sealed class DatePlanTableTests
{
    // The shape of a markdown export: bold month cells, tabs, an italic month row, a year row and a note under the table.
    private const string Markdown = """
        ## 58 7. Datoplan Innlandet Senterparti 2025

        Måned	Dato	Aktivitet
        <b>Januar</b>		<i>Lokallagsårsmøter etter vedtektene</i>
        	13.-14.	Kandidatskolering, Quality Airport Hotel Gardermoen
        	21.	Fylkesstyremøte Hedmark Senterparti
        <b>August</b>	31.7.-3.8	Sommerleir, Senterungdommen
        <b>2026</b>
        <b>Januar</b>	20.	Fylkesstyremøte Hedmark
        408 I tillegg kommer møtene og aktivitetene som arbeidsplanen nevner
        """;

    // The shape of a PDF export: spaces, a date cell without a dot, the activity on the next line, a wrapped line.
    private const string Pdf = """
        7. Datoplan Innlandet Senterparti 2026 382
        Måned  Dato  Aktivitet
        Mai 29.-30. Felles fylkesstyremøte Hedmark Sp, Oppland Sp og Innlandet
        Fylkestingsgruppe.
        Oktober 30.-31.
        Felles fylkesstyremøte, Lillehammer
        2027
        Januar  12. Fylkesstyremøte Hedmark Senterparti
         13 Fylkesstyremøte Oppland Senterparti
        """;

    [Fact]
    public void Read_TableWithOrganiserPlaceResponsibleAndRemarkColumns_PutsEachCellInItsPlace()
    {
        const string text = "Datoplan 2027\nMåned\tDato\tArrangement\tArrangør\tSted\tAnsvarlig\tMerknad\n"
            + "Mars\t12.\tFylkesårsmøte\tHedmark Senterparti\tScandic Hamar\tLeder\tPåmelding innen 1. mars\n"
            + "\t20.\tStyremøte\tHedmark Senterparti\tTeams\t\t\n";

        var rows = DatePlanTable.Read(text, 2027);

        Assert.Equal(("Fylkesårsmøte", "Hedmark Senterparti", "Scandic Hamar", "Ansvarlig: Leder. Merknad: Påmelding innen 1. mars"),
            (rows[0].Text, rows[0].Organiser, rows[0].Place, rows[0].Description));
        Assert.Equal(("Styremøte", "Teams", (string?)null), (rows[1].Text, rows[1].Place, rows[1].Description));
        Assert.Equal(new LocalDate(2027, 3, 20), rows[1].When!.StartDate);
    }

    [Fact]
    public void Read_AnEmptyActivityCell_KeepsTheOtherColumnsInPlace()
    {
        var rows = DatePlanTable.Read("Datoplan 2027\nMåned\tDato\tAktivitet\tArrangør\tSted\nMars\t13.\t\tFylkeslaget\tHamar\n", 2027);

        Assert.Equal((DatePlanRowKind.Error, "Fylkeslaget", "Hamar"), (rows[0].Kind, rows[0].Organiser, rows[0].Place));
    }

    [Fact]
    public void Read_MarkdownExport_ReadsMonthsRangesYearRowsAndIgnoresTheNote()
    {
        var rows = DatePlanTable.Read(Markdown, 2000);

        var events = rows.Where(r => r.Kind == DatePlanRowKind.Event).ToList();
        Assert.Equal(5, events.Count);
        Assert.True(events[0].When!.IsWholeMonth);
        Assert.Equal("Lokallagsårsmøter etter vedtektene", events[0].Text);
        Assert.Equal(new EventWhen(new LocalDate(2025, 1, 13), new LocalDate(2025, 1, 14)), events[1].When);
        Assert.Equal(new EventWhen(new LocalDate(2025, 7, 31), new LocalDate(2025, 8, 3)), events[3].When);
        Assert.Equal(new LocalDate(2026, 1, 20), events[4].When!.StartDate);
        Assert.Equal(DatePlanRowKind.Ignored, rows[^1].Kind);
    }

    [Fact]
    public void Read_PdfExport_JoinsWrappedLinesAndReadsADayWithoutDot()
    {
        var events = DatePlanTable.Read(Pdf, 2000).Where(r => r.Kind == DatePlanRowKind.Event).ToList();

        Assert.Equal(4, events.Count);
        Assert.Equal("Felles fylkesstyremøte Hedmark Sp, Oppland Sp og Innlandet Fylkestingsgruppe.", events[0].Text);
        Assert.Equal(new LocalDate(2026, 5, 29), events[0].When!.StartDate);
        Assert.Equal("Felles fylkesstyremøte, Lillehammer", events[1].Text);
        Assert.Equal(new LocalDate(2027, 1, 13), events[3].When!.StartDate);
    }

    [Fact]
    public void Read_DateInTheNextMonthUnderDecember_FallsInTheNextYear() =>
        Assert.Equal(new LocalDate(2027, 1, 3), DatePlanTable.Read("Desember | 30.12.-3.1. | Juleleir", 2026).Single().When!.EndDate);

    [Theory]
    [InlineData("Februar | 30. | Fylkesting", "30. februar 2025 finnes ikke.")]
    [InlineData("Mars | 14.-12. | Fylkesting", "«14.-12.» slutter før den begynner.")]
    [InlineData("14. | Fylkesting", "Datoen står før noen måned. Skriv måneden på raden over.")]
    [InlineData("Mars | 14. |", "Raden har dato, men ingen aktivitet.")]
    public void Read_BadDateCell_IsAnErrorRowWithTheReason(string line, string problem)
    {
        var row = DatePlanTable.Read(line, 2025).Single();

        Assert.Equal(DatePlanRowKind.Error, row.Kind);
        Assert.Equal(problem, row.Problem);
    }

    private static readonly Guid Innlandet = Guid.NewGuid();

    private static readonly IReadOnlyList<OrganiserCandidate> Family =
    [
        new(Guid.NewGuid(), "Senterpartiet", "Sp", OrganisationKind.National),
        new(Innlandet, "Innlandet Senterparti", "Innlandet Sp", OrganisationKind.Umbrella),
        new(Guid.NewGuid(), "Hedmark Senterparti", "Hedmark Sp", OrganisationKind.CountyPart),
        new(Guid.NewGuid(), "Oppland Senterparti", "Oppland Sp", OrganisationKind.CountyPart),
        new(Guid.NewGuid(), "Senterungdommen", "SU", OrganisationKind.Affiliate),
        new(Guid.NewGuid(), "Senterkvinnene", null, OrganisationKind.Affiliate),
        new(Guid.NewGuid(), "Hedmark Senterungdom", null, OrganisationKind.Affiliate),
        new(Guid.NewGuid(), "Oppland Senterkvinner", null, OrganisationKind.Affiliate),
    ];

    [Theory]
    [InlineData("Fylkesstyremøte Hedmark", "Hedmark Senterparti")]
    [InlineData("Fylkesstyremøte Oppland Senterparti", "Oppland Senterparti")]
    [InlineData("Vårslepp, Senterungdommen", "Senterungdommen")]
    [InlineData("Fylkesårsmøte for Hedmark Senterungdom, Elgstua", "Hedmark Senterungdom")]
    [InlineData("Fylkesårsmøte Oppland Senterkvinner", "Oppland Senterkvinner")]
    [InlineData("Landsstyremøte Senterkvinnene", "Senterkvinnene")]
    [InlineData("LANDSMØTE I SENTERPARTIET", "Senterpartiet")]
    [InlineData("Fellesmøte Hedmark SP, Oppland SP og Innlandet Fylkestingsgruppe", "Innlandet Senterparti")]
    [InlineData("Fylkesting", null)]
    public void Organiser_IsTheOrganisationTheTextNames(string text, string? expected) =>
        Assert.Equal(expected, ActivityText.Organiser(text, Family, Innlandet)?.Name);

    [Theory]
    [InlineData("Arbeidsutvalget Oppland. Teams", "Arbeidsutvalget Oppland", "Teams")]
    [InlineData("Fylkesårsmøte Innlandet Senterparti (Teams)", "Fylkesårsmøte Innlandet Senterparti", "Teams")]
    [InlineData("Landsstyremøte, på Teams", "Landsstyremøte", "Teams")]
    [InlineData("Kandidatskolering, Quality Airport Hotel Gardermoen", "Kandidatskolering", "Quality Airport Hotel Gardermoen")]
    [InlineData("Fylkesårsmøte for Hedmark Senterparti. Scandic Hamar", "Fylkesårsmøte for Hedmark Senterparti", "Scandic Hamar")]
    [InlineData("Ordførerkonferanse, i tilknytning til KS' Toppmøte", "Ordførerkonferanse, i tilknytning til KS' Toppmøte", null)]
    [InlineData("Regionmøte, Kongsvingerregionen", "Regionmøte, Kongsvingerregionen", null)]
    public void Place_IsTakenFromTheEndWhenItNamesAVenueOrTeams(string text, string title, string? place) =>
        Assert.Equal((title, place), ActivityText.Place(text));
}
