using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Branches;

/// <summary>A branch flagged for closer follow-up, with reasons, handed to a body or a person, and closed with a note.</summary>
public sealed class BranchFlag : IVersioned, IAudited
{
    private BranchFlag() => Note = "";

    public BranchFlag(Guid branchId, FlagReason reasons, string note, LocalDate openedOn, Guid? assignedBodyId = null, Guid? assignedPersonId = null)
    {
        if (reasons == FlagReason.None || (reasons & ~(FlagReason.Recruitment | FlagReason.MemberCare | FlagReason.WaysOfWorking | FlagReason.Finances | FlagReason.SocialMedia)) != 0)
        {
            throw new RuleViolation(nameof(Reasons), "Velg minst én grunn til oppfølgingen.");
        }
        Id = Guid.CreateVersion7();
        BranchId = branchId;
        Reasons = reasons;
        Note = Text.Required(note, nameof(Note), "Hva skal følges opp", 4000);
        OpenedOn = openedOn;
        AssignedBodyId = assignedBodyId;
        AssignedPersonId = assignedPersonId;
    }

    public Guid Id { get; private set; }
    public Guid BranchId { get; private set; }
    public FlagReason Reasons { get; private set; }
    public string Note { get; private set; }
    public LocalDate OpenedOn { get; private set; }
    public Guid? AssignedBodyId { get; private set; }
    public Guid? AssignedPersonId { get; private set; }

    public void ForgetAssignedPerson() => AssignedPersonId = null;
    public LocalDate? ClosedOn { get; private set; }
    public string? ClosingNote { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public bool IsOpen => ClosedOn is null;

    public void Close(LocalDate on, string note)
    {
        if (!IsOpen)
        {
            throw new RuleViolation(nameof(ClosedOn), "Flagget er allerede lukket.");
        }
        if (on < OpenedOn)
        {
            throw new RuleViolation(nameof(ClosedOn), "Flagget kan ikke lukkes før det ble satt.");
        }
        ClosingNote = Text.Required(note, nameof(ClosingNote), "Hva ble gjort", 4000);
        ClosedOn = on;
    }
}
