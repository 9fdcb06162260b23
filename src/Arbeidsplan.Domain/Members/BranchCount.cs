using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Members;

/// <summary>One branch's counts in a snapshot: what the follow-up reads, never the people.</summary>
public sealed class BranchCount
{
    private BranchCount() { }

    public BranchCount(Guid snapshotId, MemberCounts counts, int lapsed)
    {
        if (counts.Paying < 0 || counts.Unpaid < 0 || counts.New < 0 || lapsed < 0)
        {
            throw new RuleViolation("Paying", "Antall medlemmer kan ikke være negativt.");
        }
        SnapshotId = snapshotId;
        BranchId = counts.BranchId;
        (Paying, Unpaid, New, Lapsed, Women, Men, Under30, Under40) =
            (counts.Paying, counts.Unpaid, counts.New, lapsed, counts.Women, counts.Men, counts.Under30, counts.Under40);
    }

    public Guid SnapshotId { get; private set; }
    public Guid BranchId { get; private set; }
    public int Paying { get; private set; }
    public int Unpaid { get; private set; }
    public int New { get; private set; }
    public int Lapsed { get; private set; }
    public int Women { get; private set; }
    public int Men { get; private set; }
    public int Under30 { get; private set; }
    public int Under40 { get; private set; }
}
