using Arbeidsplan.Domain.Elections;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// A step's target for an organisation's lists: the election's, the one from above (the election's or an organisation's between,
/// the latest an own target may be), the organisation's own (if set) and the one that applies.
/// </summary>
public sealed record CountyTarget(NominationStepKind Kind, string Step, LocalDate Election, LocalDate Above, LocalDate? Own, LocalDate Applies);

/// <summary>An organisation's own step targets for an election the party above it follows up.</summary>
public sealed record CountyTargetsView(Guid ElectionId, string ElectionName, string ElectionOwner, Guid OrganisationId, string Organisation,
    IReadOnlyList<CountyTarget> Targets, long Version, bool CanEdit);

public sealed class CountyTargetsInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's own target per step; a step left out (or empty) follows the election's target.</summary>
    public Dictionary<NominationStepKind, DateOnly?>? Targets { get; set; }
    public long? Version { get; set; }
}
