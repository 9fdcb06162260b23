namespace Arbeidsplan.Domain.Planning;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Unchanged,
}
