using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Access;

/// <summary>A position as the scope rules see it: what kind of scope, and where.</summary>
public sealed record HeldPosition(ScopeKind Scope, Guid? OrganisationId, Guid? BodyId, Guid? RegionId);
