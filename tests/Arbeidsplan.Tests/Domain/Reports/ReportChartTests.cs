using Arbeidsplan.Domain.Reports;

namespace Arbeidsplan.Tests.Domain.Reports;

public sealed class ReportChartTests
{
    [Fact]
    public void Constructor_SeriesWithAValueMissing_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ReportChart("Medlemmer", ChartKind.Line, ["2024", "2025"], [new ChartSeries("Betalende", [900])]));

    [Fact]
    public void Top_OfStackedBars_IsTheTallestStack()
    {
        var chart = new ReportChart("Framdrift", ChartKind.Stacked, ["Kap 1", "Kap 2"], [new ChartSeries("Gjennomført", [3, 7]), new ChartSeries("I gang", [6, 1])]);

        Assert.Equal(9, chart.Top);
        Assert.Equal([0, 2, 4, 6, 8, 10], chart.Ticks());
    }

    [Fact]
    public void Ticks_ReachPastTheTopInRoundSteps()
    {
        var chart = new ReportChart("Medlemmer", ChartKind.Line, ["2024", "2025"], [new ChartSeries("Betalende", [1035, 955])]);

        Assert.Equal([0, 500, 1000, 1500], chart.Ticks());
        Assert.Equal("Medlemmer: 2024 1 035; 2025 955", chart.Describe().Replace('\u00a0', ' '));
    }
}
