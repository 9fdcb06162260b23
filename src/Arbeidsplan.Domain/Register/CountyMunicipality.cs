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

    /// <summary>
    /// The county's region that follows the municipality while no branch covers it: its region contact sees the gap. A municipality
    /// with a branch is in the branch's region.
    /// </summary>
    public Guid? RegionId { get; private set; }
    public bool IsDemo { get; set; }

    public void PlaceInRegion(Guid? regionId) => RegionId = regionId;
}
