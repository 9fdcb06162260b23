namespace Arbeidsplan.Domain.Reports;

/// <summary>One series of a chart: its name in the legend and one value per label.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
