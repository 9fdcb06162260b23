using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Persons;

public sealed class PersonInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public long Version { get; set; }
}

public sealed record PersonRow(Guid Id, string Name, string? Email, string OrganisationName);


public sealed record PublicOfficeItem(Guid Id, PublicOfficeKind Kind, string Place, DateOnly From, DateOnly? To, bool IsActive);

public sealed record PersonDetails(
    Guid Id, string Name, string? Email, string? Phone, Guid OrganisationId, string OrganisationName, long Version,
    bool HasUser, IReadOnlyList<PersonPositionItem> Positions, IReadOnlyList<PublicOfficeItem> PublicOffices);
