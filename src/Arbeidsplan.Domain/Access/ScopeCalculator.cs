using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Access;

/// <summary>
/// Turns the positions a person holds today into the organisations they may see and change:
/// a position on an organisation or body reaches that organisation (and, for most types, everything under it);
/// a region contact reaches the branches of the region.
/// </summary>
public static class ScopeCalculator
{
    public static AccessScope Calculate(
        IEnumerable<HeldPosition> positions,
        OrganisationTree tree,
        IReadOnlyDictionary<Guid, BodyReach> bodies,
        IEnumerable<RegionMembership> regionMemberships)
    {
        var organisations = new HashSet<Guid>();
        var bodiesSatOn = new HashSet<Guid>();
        var regions = new HashSet<Guid>();
        ILookup<Guid, Guid>? branchesByRegion = null;

        foreach (var position in positions)
        {
            var units = new List<Guid>();
            if (position.BodyId is { } bodyId && bodies.TryGetValue(bodyId, out var body))
            {
                bodiesSatOn.Add(bodyId);
                units.Add(body.OrganisationId);
                units.AddRange(body.MemberOrganisations);
            }
            else if (position.OrganisationId is { } organisationId)
            {
                units.Add(organisationId);
            }

            switch (position.Scope)
            {
                case ScopeKind.Region when position.RegionId is { } regionId:
                    regions.Add(regionId);
                    branchesByRegion ??= regionMemberships.ToLookup(m => m.RegionId, m => m.OrganisationId);
                    foreach (var branch in branchesByRegion[regionId])
                    {
                        organisations.UnionWith(tree.SelfAndDescendants(branch));
                    }
                    break;
                case ScopeKind.OwnUnit:
                    organisations.UnionWith(units.Where(tree.Contains));
                    break;
                case ScopeKind.Subtree:
                    foreach (var unit in units.Where(tree.Contains))
                    {
                        organisations.UnionWith(tree.SelfAndDescendants(unit));
                    }
                    break;
            }
        }
        return new AccessScope(false, organisations, bodiesSatOn, regions: regions);
    }
}
