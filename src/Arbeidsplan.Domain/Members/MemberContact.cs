using Arbeidsplan.Domain.Common;

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
