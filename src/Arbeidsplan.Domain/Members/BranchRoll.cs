using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// A branch's members in one snapshot, stored together: the follow-up lists, the campaigns and the lapsed count read a branch or a whole
/// snapshot at a time, never a single member, and one row per branch keeps a national import of half a million members fast.
/// </summary>
public sealed class BranchRoll
{
    private BranchRoll() => Members = [];

    public BranchRoll(Guid snapshotId, Guid branchId, IReadOnlyList<MemberRecord> members)
    {
        (SnapshotId, BranchId, Members) = (snapshotId, branchId, members);
    }

    public Guid SnapshotId { get; private set; }
    public Guid BranchId { get; private set; }
    public IReadOnlyList<MemberRecord> Members { get; private set; }

    /// <summary>The export's rolls as read, one per branch.</summary>
    public static IEnumerable<BranchRoll> Of(Guid snapshotId, IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>> rolls) =>
        rolls.Select(r => new BranchRoll(snapshotId, r.Key, r.Value));

    /// <summary>The export's members as one roll per branch.</summary>
    public static IReadOnlyList<BranchRoll> Of(Guid snapshotId, IEnumerable<MemberRow> members) =>
        members.GroupBy(m => m.BranchId).Select(g => new BranchRoll(snapshotId, g.Key, g.Select(m => m.Record).ToList())).ToList();

    /// <summary>
    /// The imports whose member rolls are kept: the newest, which the lists and campaigns read, and the newest dated before it, which a
    /// corrected export of the same date is compared with to count who lapsed. Older imports keep their counts, not their members.
    /// </summary>
    /// <param name="imports">The organisation's imports; of two with the same date, the later in the list is the newer.</param>
    public static IReadOnlySet<Guid> KeptFor(IReadOnlyList<(Guid Id, LocalDate TakenOn)> imports)
    {
        var newestFirst = imports.Select((s, order) => (s.Id, s.TakenOn, order)).OrderByDescending(s => s.TakenOn).ThenByDescending(s => s.order).ToList();
        return newestFirst.Count == 0
            ? new HashSet<Guid>()
            : newestFirst.Where(s => s.TakenOn < newestFirst[0].TakenOn).Take(1).Prepend(newestFirst[0]).Select(s => s.Id).ToHashSet();
    }
}
