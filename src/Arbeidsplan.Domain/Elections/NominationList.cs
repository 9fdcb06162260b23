using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A list an election asks for: a municipality's (in a local election) or the county's own, with the organisation that answers for
/// it: the branch covering the municipality, the county where none does, the list owner for the county's list.
/// </summary>
/// <param name="Municipality">Null for the county's own list.</param>
public sealed record NominationList(Guid County, Guid? Municipality, string Name, Guid Owner)
{
    /// <summary>
    /// Every list of the election: a row per municipality the counties under its organisation answer for (in a local election),
    /// and each county's own list (the county council's, where counties share one the umbrella's; a constituency's otherwise).
    /// </summary>
    /// <param name="answered">The municipalities each county answers for, with the municipality's name.</param>
    /// <param name="branches">The branches and the municipality each covers.</param>
    /// <param name="nameOf">An organisation's name, for the county's own list.</param>
    public static IReadOnlyList<NominationList> Of(Election election, IEnumerable<(Guid County, Guid Municipality, string Name)> answered,
        IEnumerable<(Guid Branch, Guid Municipality)> branches, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds, Func<Guid, string> nameOf)
    {
        var mine = answered.Where(a => tree.IsSelfOrDescendant(a.County, election.OrganisationId)).ToList();
        var covering = branches.ToLookup(b => b.Municipality, b => b.Branch);
        var lists = election.Kind != ElectionKind.Local ? [] : mine
            .Select(a => new NominationList(a.County, a.Municipality, a.Name,
                covering[a.Municipality].Where(b => tree.IsSelfOrDescendant(b, a.County)).DefaultIfEmpty(a.County).First()))
            .ToList();
        foreach (var owner in mine.Select(a => election.Kind.ListOwner(a.County, tree, kinds)).Distinct())
        {
            lists.Add(new NominationList(owner, null, $"{election.Kind.CountyList()} ({nameOf(owner)})", owner));
        }
        return lists;
    }
}
