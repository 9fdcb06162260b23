namespace Arbeidsplan.Domain.Meetings;

public enum AttendanceAnswer
{
    /// <summary>Kommer.</summary>
    Coming = 0,

    /// <summary>Forfall: cannot come, so a deputy is called.</summary>
    Absent = 1,
}
