namespace Arbeidsplan.Domain.Plans;

public static class MeasureStatuses
{
    public static string Label(this MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "Ikke startet",
        MeasureStatus.UnderWay => "Pågår",
        MeasureStatus.Done => "Gjennomført",
        MeasureStatus.Dropped => "Droppet",
        MeasureStatus.Postponed => "Utsatt",
        _ => status.ToString(),
    };

    /// <summary>How much a measure counts as done toward its goal and chapter; dropped measures do not count at all.</summary>
    public static double? Weight(this MeasureStatus status) => status switch
    {
        MeasureStatus.Done => 1,
        MeasureStatus.UnderWay => 0.5,
        MeasureStatus.Dropped => null,
        _ => 0,
    };

    public static bool IsOpen(this MeasureStatus status) => status is MeasureStatus.NotStarted or MeasureStatus.UnderWay or MeasureStatus.Postponed;
}
