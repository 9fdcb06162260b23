using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>An office the actor holds today: its type and roles, and where it is held (an organisation, a body or a region).</summary>
public sealed record Office(Guid TypeId, PositionRole Roles, Guid? OrganisationId, Guid? BodyId, Guid? RegionId)
{
    /// <summary>Where a task or an invitation names the office as held: its organisation, or its body.</summary>
    public Guid? Place => OrganisationId ?? BodyId;
}
