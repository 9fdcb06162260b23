namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// A chart of a report section's figures, as data: one label per bar or point and one or more series of values, drawn as bars
/// (several series side by side or stacked) or as a line. The same numbers are always shown as a table beside it.
/// </summary>
public sealed record ReportChart
{
    public ReportChart(string title, ChartKind kind, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (labels.Count == 0 || series.Count == 0 || series.Any(s => s.Values.Count != labels.Count))
        {
            throw new ArgumentException("A chart needs labels and series with one value per label.", nameof(series));
        }
        Title = title;
        Kind = kind;
        Labels = labels;
        Series = series;
    }

    private static readonly int[] Steps = [1, 2, 5, 10];

    public string Title { get; }
    public ChartKind Kind { get; }
    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>The highest value the chart's scale must reach: the tallest stack for stacked bars, else the largest value.</summary>
    public double Top => Kind == ChartKind.Stacked
        ? Enumerable.Range(0, Labels.Count).Max(i => Series.Sum(s => Math.Max(0, s.Values[i])))
        : Series.Max(s => s.Values.Max());

    /// <summary>What the chart shows, in words, for those who do not see it: the title and each label's values.</summary>
    public string Describe() =>
        Title + ": " + string.Join("; ", Labels.Select((l, i) =>
            l + " " + string.Join(", ", Series.Select(s => (Series.Count > 1 ? s.Name + " " : "") + Format(s.Values[i])))));

    public static string Format(double value) => value.ToString("#,0.#", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));

    /// <summary>Gridline values from 0 up to or past the top in steps of 1, 2 or 5 times a power of ten, three to six of them.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var top = Math.Max(1, Top);
        var rough = top / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Math.Max(1, Steps.Select(m => m * power).First(s => s >= rough));
        return [.. Enumerable.Range(0, (int)Math.Ceiling(top / step) + 1).Select(i => i * step)];
    }
}
