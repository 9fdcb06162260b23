using Arbeidsplan.Domain.Reports;
using ScottPlot;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// A report chart as a PNG for Word and PDF, drawn by ScottPlot in the documents' font (the one shipped with the app, so a chart
/// looks the same on every server). Pages draw their own SVG from the same <see cref="ReportChart"/>.
/// </summary>
public static class ChartImage
{
    private static readonly Lock Gate = new();
    private static bool fontAdded;
    // The pages' chart colours (app.css .series-0…4), so a chart looks the same on the screen and on paper.
    private static readonly Color[] Palette = [Color.FromHex("#00573f"), Color.FromHex("#c25e00"), Color.FromHex("#1f5f8b"), Color.FromHex("#6b4c9a"), Color.FromHex("#4a5560")];

    public static PaperImage Png(ReportChart chart, int width = 1000, int height = 460)
    {
        AddFont();
        var plot = new Plot();
        plot.Font.Set(PdfFonts.Family);
        plot.Title(chart.Title);
        var ticks = chart.Labels.Select((l, i) => new Tick(i, l)).ToArray();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            if (chart.Kind == ChartKind.Line)
            {
                var line = plot.Add.Scatter(Enumerable.Range(0, chart.Labels.Count).Select(i => (double)i).ToArray(), series.Values.ToArray(), color);
                line.LegendText = series.Name;
                line.LineWidth = 3;
                line.MarkerSize = 8;
                continue;
            }
            var bars = new List<Bar>();
            for (var i = 0; i < chart.Labels.Count; i++)
            {
                var below = chart.Kind == ChartKind.Stacked ? chart.Series.Take(s).Sum(o => o.Values[i]) : 0;
                var slot = chart.Kind == ChartKind.Stacked ? i : i + ((s - ((chart.Series.Count - 1) / 2.0)) * 0.8 / chart.Series.Count);
                bars.Add(new Bar
                {
                    Position = slot, ValueBase = below, Value = below + series.Values[i], FillColor = color,
                    Size = chart.Kind == ChartKind.Stacked ? 0.7 : 0.8 / chart.Series.Count,
                });
            }
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = series.Name;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, chart.Top) * 1.1);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Title.Label.FontSize = 24;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 17;
        plot.Axes.Left.TickLabelStyle.FontSize = 17;
        plot.Legend.FontSize = 17;
        plot.Legend.IsVisible = chart.Series.Count > 1;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Grid.XAxisStyle.IsVisible = false;
        var bytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new PaperImage(bytes, chart.Describe(), 16, width, height);
    }

    private static void AddFont()
    {
        lock (Gate)
        {
            if (!fontAdded)
            {
                Fonts.AddFontFile(PdfFonts.Family, Path.Combine(PdfFonts.Folder, "DejaVuSans.ttf"), bold: false, italic: false);
                Fonts.AddFontFile(PdfFonts.Family, Path.Combine(PdfFonts.Folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
                fontAdded = true;
            }
        }
    }
}
