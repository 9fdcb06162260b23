namespace Arbeidsplan.Domain.Register;

public enum BodyKind
{
    Board = 0,
    ExecutiveCommittee = 1,
    Committee = 2,
    Forum = 3,
    Network = 4,
}
