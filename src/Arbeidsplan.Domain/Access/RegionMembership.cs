namespace Arbeidsplan.Domain.Access;

/// <summary>A local branch (or any unit) placed in a region.</summary>
public sealed record RegionMembership(Guid OrganisationId, Guid RegionId);
