using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>A member's name and contact from the latest export, kept only when the organisation has chosen to, for the follow-up lists.</summary>
public sealed class MemberContact
{
    private MemberContact() => MemberNumber = "";

    public MemberContact(Guid organisationId, MemberRow row)
    {
        OrganisationId = organisationId;
        MemberNumber = row.MemberNumber;
        Name = Text.Optional(row.Name, nameof(Name), "Navn", 200);
        Phone = Text.Optional(row.Phone, nameof(Phone), "Telefon", 40);
        Email = Text.Optional(row.Email, nameof(Email), "E-post", 254);
    }

    public Guid OrganisationId { get; private set; }
    public string MemberNumber { get; private set; }
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
}

public enum MemberList
{
    /// <summary>Members who have not paid this year: remind them.</summary>
    Unpaid = 0,

    /// <summary>Members who joined in the last twelve months: welcome them.</summary>
    New = 1,
}

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
