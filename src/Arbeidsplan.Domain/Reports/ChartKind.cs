namespace Arbeidsplan.Domain.Reports;

/// <summary>How a chart draws its series: bars side by side, bars stacked on each other, or a line.</summary>
public enum ChartKind
{
    Bars,
    Stacked,
    Line,
}
