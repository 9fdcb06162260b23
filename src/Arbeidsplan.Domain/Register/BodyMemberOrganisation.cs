using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

public sealed class BodyMemberOrganisation(Guid bodyId, Guid organisationId) : IAudited, IVersionedPart
{
    Guid IVersionedPart.OwnerId => BodyId;

    public Guid BodyId { get; private set; } = bodyId;
    public Guid OrganisationId { get; private set; } = organisationId;
}
