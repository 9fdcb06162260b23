using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.FollowUp;

public enum ContactChannel
{
    Phone = 0,
    Meeting = 1,
    Email = 2,
    Message = 3,
    Visit = 4,
}

[Flags]
public enum FlagReason
{
    None = 0,
    Recruitment = 1,
    MemberCare = 2,
    WaysOfWorking = 4,
    Finances = 8,
    SocialMedia = 16,
}

public static class FollowUpLabels
{
    public static string Label(this ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Telefon",
        ContactChannel.Meeting => "Møte",
        ContactChannel.Email => "E-post",
        ContactChannel.Message => "Melding",
        _ => "Besøk",
    };

    public static readonly IReadOnlyList<FlagReason> Reasons =
        [FlagReason.Recruitment, FlagReason.MemberCare, FlagReason.WaysOfWorking, FlagReason.Finances, FlagReason.SocialMedia];

    public static string Label(this FlagReason reason) => string.Join(", ", Reasons.Where(r => reason.HasFlag(r)).Select(r => r switch
    {
        FlagReason.Recruitment => "verving",
        FlagReason.MemberCare => "medlemspleie",
        FlagReason.WaysOfWorking => "arbeidsform",
        FlagReason.Finances => "økonomi",
        _ => "sosiale medier",
    }));
}

/// <summary>A contact with a branch: who, when, how, and what was said; the region contact's log.</summary>
public sealed class ContactEntry : IAudited
{
    private ContactEntry() => (ByName, Note) = ("", "");

    public ContactEntry(Guid branchId, Guid? byPersonId, string byName, LocalDate on, ContactChannel channel, string note, Instant recordedAt)
    {
        Id = Guid.CreateVersion7();
        BranchId = branchId;
        ByPersonId = byPersonId;
        ByName = Text.Required(byName, nameof(ByName), "Hvem", 200);
        On = on;
        Channel = Enum.IsDefined(channel) ? channel : throw new RuleViolation(nameof(Channel), "Velg hvordan kontakten var.");
        Note = Text.Required(note, nameof(Note), "Notat", 4000);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid BranchId { get; private set; }
    public Guid? ByPersonId { get; private set; }
    public string ByName { get; private set; }
    public LocalDate On { get; private set; }
    public ContactChannel Channel { get; private set; }
    public string Note { get; private set; }
    public Instant RecordedAt { get; private set; }
    public bool IsDemo { get; set; }

    public void ForgetAuthor()
    {
        ByPersonId = null;
        ByName = Erased.Name;
    }
}

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
