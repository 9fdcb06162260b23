namespace Arbeidsplan.Domain.Branches;

public enum Light
{
    /// <summary>Nothing to judge by, e.g. no target and no earlier year.</summary>
    None = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
}
