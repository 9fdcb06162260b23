namespace Arbeidsplan.Domain.Plans;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Unchanged,
}
