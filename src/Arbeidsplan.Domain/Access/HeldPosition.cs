using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Access;

/// <summary>A position as the scope rules see it: what kind of scope, and where.</summary>
public sealed record HeldPosition(ScopeKind Scope, Guid? OrganisationId, Guid? BodyId, Guid? RegionId);

/// <summary>A body as the scope rules see it: its own organisation and those it draws members from.</summary>
public sealed record BodyReach(Guid BodyId, Guid OrganisationId, IReadOnlyCollection<Guid> MemberOrganisations);

/// <summary>A local branch (or any unit) placed in a region.</summary>
public sealed record RegionMembership(Guid OrganisationId, Guid RegionId);
