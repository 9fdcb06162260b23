using Arbeidsplan.Domain.Reports;

namespace Arbeidsplan.Tests.Domain.Reports;

public sealed class ReportDraftsTests
{
    [Fact]
    public void Members_SaysTheChangeAgainstTheYearBefore()
    {
        Assert.Equal("Ved utgangen av 2026 hadde Hedmark Sp 968 betalende medlemmer, 13 flere enn ett år før (955). 64 nye kom til, og 51 falt fra.",
            ReportDrafts.Members("Hedmark Sp", 2026, 968, 955, 64, 51));
        Assert.Equal("Ved utgangen av 2026 hadde Hedmark Sp 900 betalende medlemmer, 55 færre enn ett år før (955).",
            ReportDrafts.Members("Hedmark Sp", 2026, 900, 955, 0, 0));
    }

    [Fact]
    public void WorkPlan_ListsOnlyTheStatusesThatOccur()
    {
        Assert.Equal("Arbeidsplan 2026 har 10 tiltak. 6 er gjennomført og 4 er i gang.", ReportDrafts.WorkPlan("Arbeidsplan 2026", 10, 6, 4, 0, 0));
    }

    [Fact]
    public void BoardWork_NamesEachBody_AndTheExecutiveCommitteesDecisions()
    {
        Assert.Equal("Fylkesstyret hadde 8 møter og behandlet 64 saker og Arbeidsutvalget hadde 1 møte og behandlet 1 sak. Arbeidsutvalgets 5 vedtak ble lagt fram for styret.",
            ReportDrafts.BoardWork([("Fylkesstyret", 8, 64), ("Arbeidsutvalget", 1, 1)], 5));
    }

    [Fact]
    public void DatePlan_NamesTheCommonestKinds_AndTheCancelled()
    {
        Assert.Equal("Datoplanen for 2026 hadde 12 arrangementer; 11 ble holdt og 1 avlyst. De vanligste var styremøte (8), kurs (2) og årsmøte (1).",
            ReportDrafts.DatePlan(2026, 11, 1, [("Styremøte", 8), ("Kurs", 2), ("Årsmøte", 1)]));
        Assert.Equal("Datoplanen for 2025 hadde 8 arrangementer. Alle var av typen styremøte.", ReportDrafts.DatePlan(2025, 8, 0, [("Styremøte", 8)]));
    }

    [Fact]
    public void Study_WithoutCircles_SaysSo()
    {
        Assert.Equal("Det er ikke registrert studieringer i 2026.", ReportDrafts.Study(2026, 0, 0, 0, 12));
        Assert.Equal("I 2026 ble det holdt 3 studieringer med 20 deltakere og 45 studietimer, mot 30 timer året før.", ReportDrafts.Study(2026, 3, 20, 45, 30));
    }

    [Fact]
    public void Section_Fingerprint_ChangesWithTheFigures_NotWithTheDraft()
    {
        var a = new ReportSection(ReportSectionKind.Members, [new("Betalende", "968")], [], "Utkast A");
        var b = a with { Draft = "Utkast B" };
        var c = a with { Figures = [new("Betalende", "969")] };

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
    }
}
