namespace Arbeidsplan.Domain.Plans;

/// <summary>Where an indicator's current value comes from: typed in now, counted from members or study hours later.</summary>
public enum IndicatorSource
{
    Manual = 0,
    MemberStatistics = 1,
    StudyStatistics = 2,
}
