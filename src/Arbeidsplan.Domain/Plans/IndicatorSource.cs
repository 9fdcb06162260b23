namespace Arbeidsplan.Domain.Plans;

/// <summary>Where an indicator's current value comes from: typed in, or counted by the system from what it already holds.</summary>
public enum IndicatorSource
{
    Manual = 0,

    /// <summary>Paying members at the latest member import.</summary>
    MemberStatistics = 1,

    /// <summary>Hours of the study circles that began in the plan's period.</summary>
    StudyStatistics = 2,

    /// <summary>People the minutes record as present, on average per meeting held in the plan's period.</summary>
    MeetingAttendance = 3,

    /// <summary>Lists filed in the first election on or after the plan's start.</summary>
    ListsFiled = 4,
}
