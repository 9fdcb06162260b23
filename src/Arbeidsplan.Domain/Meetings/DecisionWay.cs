namespace Arbeidsplan.Domain.Meetings;

public enum DecisionWay
{
    /// <summary>In a meeting, on a case of its agenda.</summary>
    AtMeeting = 0,

    /// <summary>Between meetings, by e-mail or circulation; reported to the next meeting.</summary>
    BetweenMeetings = 1,
}
