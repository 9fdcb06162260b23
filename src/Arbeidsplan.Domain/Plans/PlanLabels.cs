namespace Arbeidsplan.Domain.Plans;

public static class PlanLabels
{
    public static string Label(this PlanState state) => state switch
    {
        PlanState.Draft => "Utkast",
        PlanState.Proposed => "Lagt fram for årsmøtet",
        PlanState.Adopted => "Vedtatt",
        PlanState.Revised => "Revidert",
        _ => state.ToString(),
    };

    public static string Label(this PlanKind kind) => kind == PlanKind.Annual ? "Årsplan" : "Periodeplan";

    public static string Label(this ColumnRole role) => role switch
    {
        ColumnRole.Code => "Kode",
        ColumnRole.Measure => "Tiltak",
        ColumnRole.Owner => "Ansvar",
        ColumnRole.Timing => "Gjennomføring",
        ColumnRole.Goal => "Mål",
        ColumnRole.Comment => "Merknad",
        _ => "Ikke brukt",
    };

    /// <summary>Where the value is counted from, as "hentes fra …" says it; null for a value typed in.</summary>
    public static string? CountedFrom(this IndicatorSource source) => source switch
    {
        IndicatorSource.MemberStatistics => "medlemsregisteret",
        IndicatorSource.StudyStatistics => "studiearbeidet",
        IndicatorSource.MeetingAttendance => "møteprotokollene",
        IndicatorSource.ListsFiled => "nominasjonene",
        _ => null,
    };
}
