using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

public enum SnapshotSource
{
    /// <summary>Read from the central register's export.</summary>
    Import = 0,

    /// <summary>Year-end figures typed in where no export exists.</summary>
    Manual = 1,
}

/// <summary>The membership of an organisation's branches on one date: an import of the register's export, or figures entered by hand.</summary>
public sealed class MemberSnapshot : IAudited
{
    private MemberSnapshot() => CreatedBy = "";

    public MemberSnapshot(Guid organisationId, LocalDate takenOn, SnapshotSource source, string createdBy, Instant createdAt, string? fileName = null)
    {
        if (takenOn.Year is < 1990 or > 2100)
        {
            throw new RuleViolation(nameof(TakenOn), "Datoen må ligge mellom 1990 og 2100.");
        }
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        TakenOn = takenOn;
        Source = source;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        FileName = Text.Optional(fileName, nameof(FileName), "Filnavn", 200);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public LocalDate TakenOn { get; private set; }
    public SnapshotSource Source { get; private set; }
    public string? FileName { get; private set; }
    public string CreatedBy { get; private set; }

    public void ForgetAuthor() => CreatedBy = Erased.Name;
    public Instant CreatedAt { get; private set; }
    public int Members { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>A fingerprint of the imported file's text, so the same file imported twice is recognised.</summary>
    public string? ContentHash { get; set; }

    public bool IsYearEnd => TakenOn.Month == 12 && TakenOn.Day == 31;
}

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

/// <summary>One member in a snapshot, with only what the follow-up needs: no name, no contact.</summary>
public sealed record MemberRecord
{
    public MemberRecord(string memberNumber, LocalDate? joinedOn, int? paidForYear, int? birthYear, Gender gender)
    {
        MemberNumber = memberNumber.Length is > 0 and <= 40 ? memberNumber : throw new RuleViolation(nameof(MemberNumber), "Medlemsnummeret må ha 1–40 tegn.");
        (JoinedOn, PaidForYear, BirthYear, Gender) = (joinedOn, paidForYear, birthYear, gender);
    }

    public MemberRecord(MemberRow row) : this(row.MemberNumber, row.JoinedOn, row.PaidForYear, row.BirthYear, row.Gender) { }

    public string MemberNumber { get; }
    public LocalDate? JoinedOn { get; }
    public int? PaidForYear { get; }
    public int? BirthYear { get; }
    public Gender Gender { get; }
}

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

    /// <summary>The export's members as one roll per branch.</summary>
    public static IReadOnlyList<BranchRoll> Of(Guid snapshotId, IEnumerable<MemberRow> members) =>
        members.GroupBy(m => m.BranchId).Select(g => new BranchRoll(snapshotId, g.Key, g.Select(m => new MemberRecord(m)).ToList())).ToList();

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

/// <summary>The register's column names an organisation mapped once, used for its next imports.</summary>
public sealed class MemberColumnMapping : IAudited
{
    private MemberColumnMapping() { }

    public MemberColumnMapping(Guid organisationId, ColumnMapping mapping)
    {
        OrganisationId = organisationId;
        Set(mapping);
    }

    public Guid OrganisationId { get; private set; }
    public string? MemberNumber { get; private set; }
    public string? Branch { get; private set; }
    public string? JoinedOn { get; private set; }
    public string? PaidForYear { get; private set; }
    public string? BirthYear { get; private set; }
    public string? Gender { get; private set; }

    public void Set(ColumnMapping mapping)
    {
        string? Of(MemberField f) => mapping.Columns.TryGetValue(f, out var h) ? Text.Optional(h, f.ToString(), ColumnMapping.Label(f), 100) : null;
        (MemberNumber, Branch, JoinedOn, PaidForYear, BirthYear, Gender) =
            (Of(MemberField.MemberNumber), Of(MemberField.Branch), Of(MemberField.JoinedOn), Of(MemberField.PaidForYear), Of(MemberField.BirthYear), Of(MemberField.Gender));
    }

    public ColumnMapping ToMapping() => new(new (MemberField Field, string? Header)[]
    {
        (MemberField.MemberNumber, MemberNumber), (MemberField.Branch, Branch), (MemberField.JoinedOn, JoinedOn),
        (MemberField.PaidForYear, PaidForYear), (MemberField.BirthYear, BirthYear), (MemberField.Gender, Gender),
    }.Where(x => x.Header is not null).ToDictionary(x => x.Field, x => x.Header!));
}
