using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Members;

/// <summary>A branch's member target for a year: paying members at the year's end.</summary>
public sealed class MemberTarget : IVersioned, IAudited
{
    private MemberTarget() { }

    public MemberTarget(Guid branchId, int year, int target)
    {
        if (year is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(Year), "Oppgi et år mellom 2000 og 2100.");
        }
        BranchId = branchId;
        Year = year;
        Set(target);
    }

    public Guid BranchId { get; private set; }
    public int Year { get; private set; }
    public int Target { get; private set; }
    public long Version { get; set; }

    public void Set(int target) =>
        Target = target is >= 0 and <= 1_000_000 ? target : throw new RuleViolation(nameof(Target), "Målet kan ikke være under null.");
}
