using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>
/// A municipality a county organisation answers for: where it should field a list in a local election, whether or not a branch
/// covers it yet (a municipality without one is a gap the county sees). Data, not geography: a party's county may differ from the
/// state's.
/// </summary>
public sealed class CountyMunicipality : IAudited
{
    private CountyMunicipality() { }

    public CountyMunicipality(Guid organisationId, Guid municipalityId) => (OrganisationId, MunicipalityId) = (organisationId, municipalityId);

    public Guid OrganisationId { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public bool IsDemo { get; set; }
}
