namespace Arbeidsplan.Domain.Access;

/// <summary>A body as the scope rules see it: its own organisation and those it draws members from.</summary>
public sealed record BodyReach(Guid BodyId, Guid OrganisationId, IReadOnlyCollection<Guid> MemberOrganisations);
