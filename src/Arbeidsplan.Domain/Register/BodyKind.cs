namespace Arbeidsplan.Domain.Register;

public enum BodyKind
{
    Board = 0,
    ExecutiveCommittee = 1,
    Committee = 2,
    Forum = 3,
    Network = 4,

    /// <summary>The organisation's annual meeting, its highest body: its meetings elect the officers and adopt the plan.</summary>
    AnnualMeeting = 5,
}
