using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Members;

public sealed class BranchRollTests
{
    private static readonly (Guid Id, LocalDate TakenOn) January = (Guid.NewGuid(), new LocalDate(2026, 1, 31));
    private static readonly (Guid Id, LocalDate TakenOn) February = (Guid.NewGuid(), new LocalDate(2026, 2, 28));
    private static readonly (Guid Id, LocalDate TakenOn) March = (Guid.NewGuid(), new LocalDate(2026, 3, 31));

    [Fact]
    public void Of_GroupsTheExportByBranch_WithOnlyTheFollowUpFields()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var rolls = BranchRoll.Of(Guid.NewGuid(), [
            new MemberRow(2, "1", a, new LocalDate(2020, 1, 1), 2026, 1990, Gender.Woman, "Kari", "99", "k@x.no"),
            new MemberRow(3, "2", b, null, null, null, Gender.Unknown), new MemberRow(4, "3", a, null, 2025, null, Gender.Man),
        ]);

        Assert.Equal([(a, 2), (b, 1)], rolls.Select(r => (r.BranchId, r.Members.Count)).ToList());
        Assert.Equal(new MemberRecord("1", new LocalDate(2020, 1, 1), 2026, 1990, Gender.Woman), rolls[0].Members[0]);
    }

    [Fact]
    public void MemberRecord_WithTooLongNumber_IsRefused() =>
        Assert.Throws<RuleViolation>(() => new MemberRecord(new string('9', 41), null, null, null, Gender.Unknown));

    [Fact]
    public void KeptFor_KeepsTheNewestImportAndTheNewestDatedBeforeIt()
    {
        Assert.Equal(new HashSet<Guid> { March.Id, February.Id }, BranchRoll.KeptFor([January, February, March]));
        Assert.Equal(new HashSet<Guid> { January.Id }, BranchRoll.KeptFor([January]));
        Assert.Empty(BranchRoll.KeptFor([]));
    }

    [Fact]
    public void KeptFor_CorrectedExportOfTheSameDate_ReplacesTheFirstAndKeepsWhatItIsComparedWith()
    {
        var corrected = (Guid.NewGuid(), March.TakenOn);

        Assert.Equal(new HashSet<Guid> { corrected.Item1, February.Id }, BranchRoll.KeptFor([January, February, March, corrected]));
    }

    [Fact]
    public void KeptFor_BackdatedImport_IsKeptOnlyIfItIsTheNewestBeforeTheNewest()
    {
        Assert.Equal(new HashSet<Guid> { March.Id, February.Id }, BranchRoll.KeptFor([January, March, February]));
        Assert.Equal(new HashSet<Guid> { March.Id, February.Id }, BranchRoll.KeptFor([February, March, January]));
    }
}
