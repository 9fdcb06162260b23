using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>The branch has followed up one member on one of its lists this year: reminded or welcomed, when and by whom.</summary>
public sealed class FollowUpMark : IAudited
{
    private FollowUpMark() => (MemberNumber, DoneBy) = ("", "");

    public FollowUpMark(Guid branchId, string memberNumber, MemberList list, int year, LocalDate doneOn, string doneBy)
    {
        BranchId = branchId;
        MemberNumber = Text.Required(memberNumber, nameof(MemberNumber), "Medlemsnummer", 40);
        List = Enum.IsDefined(list) ? list : throw new RuleViolation(nameof(List), "Velg listen.");
        Year = year;
        DoneOn = doneOn;
        DoneBy = Text.Required(doneBy, nameof(DoneBy), "Hvem", 200);
    }

    public Guid BranchId { get; private set; }
    public string MemberNumber { get; private set; }
    public MemberList List { get; private set; }
    public int Year { get; private set; }
    public LocalDate DoneOn { get; private set; }
    public string DoneBy { get; private set; }

    public void ForgetAuthor() => DoneBy = Erased.Name;
}
