namespace Arbeidsplan.Domain.Meetings;

/// <summary>Why a person is on a meeting's list: a voting member, a deputy (vara) called in, or a standing invitee.</summary>
public enum AttendanceRole
{
    Member = 0,
    Deputy = 1,
    Invitee = 2,
}
